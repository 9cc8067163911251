package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.Yen;

/**
 * A convenience-store payment slip for one charge: a number the member pays at the till before
 * 23:59:59 (Japan time) of its last day. Money is credited only on the aggregator's confirmed
 * notice; a preliminary notice (and its cancellation) moves nothing. Reissuing voids the slip, so
 * one charge never has two payable slips.
 */
@Entity
@Table(name = "konbini_slip")
public class KonbiniSlip {

  /** Where a slip stands. */
  public enum Status {
    ISSUED,
    PAID,
    VOIDED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "konbini_slip_seq")
  @SequenceGenerator(
      name = "konbini_slip_seq",
      sequenceName = "konbini_slip_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "wallet_id", nullable = false)
  private long walletId;

  @Column(name = "charge_key", nullable = false, length = 64)
  private String chargeKey;

  @Column(nullable = false, unique = true, length = 16)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private KonbiniChain chain;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Purse purse;

  @Column(nullable = false)
  private long amount;

  @Column(name = "payer_name", nullable = false, length = 100)
  private String payerName;

  @Column(name = "payer_kana", nullable = false, length = 100)
  private String payerKana;

  @Column(name = "payer_email", nullable = false, length = 254)
  private String payerEmail;

  @Column(name = "payer_phone", nullable = false, length = 16)
  private String payerPhone;

  /** The language the slip was issued in, for the receipt mailed when the money arrives. */
  @Column(name = "mail_language", nullable = false, length = 8)
  private String mailLanguage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Status status;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "preliminary_at")
  private Instant preliminaryAt;

  /**
   * Preliminary notices less their cancellations. A count, not a flag, because the two may arrive
   * in either order: a cancellation that overtakes its preliminary notice leaves 0, not a slip
   * shown as paid at the till for ever.
   */
  @Column(nullable = false)
  private int preliminaries;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version private long version;

  protected KonbiniSlip() {}

  public KonbiniSlip(
      long walletId,
      String chargeKey,
      String number,
      KonbiniChain chain,
      Purse purse,
      Yen amount,
      Payer payer,
      Instant now,
      int days) {
    this.walletId = walletId;
    this.chargeKey = Objects.requireNonNull(chargeKey, "chargeKey");
    this.number = Objects.requireNonNull(number, "number");
    this.chain = Objects.requireNonNull(chain, "chain");
    this.purse = Objects.requireNonNull(purse, "purse");
    this.amount = amount.value();
    this.payerName = payer.name();
    this.payerKana = payer.kana();
    this.payerEmail = payer.email();
    this.payerPhone = payer.phone();
    this.mailLanguage = payer.language().getLanguage();
    this.issuedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = lastMoment(now, days);
    this.status = Status.ISSUED;
  }

  /**
   * Who pays, as the aggregator prints it on the slip, and the language the slip's mails to them
   * are written in.
   */
  public record Payer(String name, String kana, String email, String phone, Locale language) {}

  /** 23:59:59 Japan time of the {@code days}-th day after {@code now}'s day. */
  public static Instant lastMoment(Instant now, int days) {
    LocalDate last = LocalDate.ofInstant(now, CoopTime.ZONE).plusDays(days);
    return last.atTime(LocalTime.of(23, 59, 59)).atZone(CoopTime.ZONE).toInstant();
  }

  /** A preliminary notice: the till took the money; the confirmation is still to come. */
  public void preliminary(Instant at) {
    preliminaries++;
    if (preliminaries == 1) {
      preliminaryAt = at.truncatedTo(ChronoUnit.MICROS);
    }
  }

  /** A preliminary notice was withdrawn by the aggregator (the till's payment was voided). */
  public void cancelPreliminary() {
    preliminaries--;
    if (preliminaries < 1) {
      preliminaryAt = null;
    }
  }

  /**
   * The confirmed notice. True when this call is the one that makes the slip paid (the caller then
   * credits the purse); false for a duplicate. A slip voided or expired is still paid if the money
   * arrived: the member paid it.
   */
  public boolean confirm(Instant at) {
    if (status == Status.PAID) {
      return false;
    }
    paidAt = at.truncatedTo(ChronoUnit.MICROS);
    status = Status.PAID;
    return true;
  }

  /** Replaced by a new slip for the same charge. */
  public void voidIt() {
    if (status == Status.ISSUED) {
      status = Status.VOIDED;
    }
  }

  public boolean expireIfDue(Instant now) {
    if (status == Status.ISSUED && now.isAfter(expiresAt)) {
      status = Status.EXPIRED;
      return true;
    }
    return false;
  }

  public Long id() {
    return id;
  }

  public long walletId() {
    return walletId;
  }

  public String chargeKey() {
    return chargeKey;
  }

  public String number() {
    return number;
  }

  public KonbiniChain chain() {
    return chain;
  }

  public Purse purse() {
    return purse;
  }

  public Yen amount() {
    return Yen.of(amount);
  }

  public String payerEmail() {
    return payerEmail;
  }

  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  public String payerName() {
    return payerName;
  }

  public Status status() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** When the till took the money, while the slip waits for the confirmed notice. */
  public Optional<Instant> preliminaryAt() {
    return status == Status.PAID ? Optional.empty() : Optional.ofNullable(preliminaryAt);
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }
}
