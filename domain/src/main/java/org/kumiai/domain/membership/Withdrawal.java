package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

/**
 * A member's withdrawal (脱退): the request with its reason and how the share capital is to be
 * refunded, the staff review that computes the refund (full; half on expulsion; held while the
 * member owes the co-op), and the payout that ends the membership. Kept after it ends, as history.
 */
@Entity
@Table(name = "withdrawal")
public class Withdrawal {

  public static final int MAX_NOTE = 500;

  /** Where a request stands. */
  public enum Status {
    REQUESTED,
    HELD,
    APPROVED,
    PAID_OUT,
    CANCELLED;

    public boolean open() {
      return this == REQUESTED || this == HELD || this == APPROVED;
    }
  }

  /** Why the member leaves. */
  public enum Reason {
    GRADUATION,
    TRANSFER,
    LEAVING_UNIVERSITY,
    OTHER
  }

  /** Leaving by choice, or expelled by the co-op (refund halved). */
  public enum Ground {
    VOLUNTARY,
    EXPULSION
  }

  /** How the refund is paid. */
  public enum Method {
    BANK_TRANSFER,
    CASH
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "withdrawal_seq")
  @SequenceGenerator(name = "withdrawal_seq", sequenceName = "withdrawal_seq", allocationSize = 50)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Reason reason;

  @Column(length = MAX_NOTE)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Ground ground;

  @Enumerated(EnumType.STRING)
  @Column(name = "refund_method", nullable = false, length = 16)
  private Method method;

  @Embedded private BankAccount bankAccount;

  @Column(name = "share_capital", nullable = false)
  private long shareCapital;

  @Column(nullable = false)
  private long owed;

  @Column private Long refund;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false, length = 254)
  private String requestedBy;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(name = "reviewed_by", length = 254)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "paid_out_by", length = 254)
  private String paidOutBy;

  @Column(name = "paid_out_at")
  private Instant paidOutAt;

  @Column(name = "payout_reference", length = 64)
  private String payoutReference;

  @Version private long version;

  protected Withdrawal() {}

  /**
   * A member's request. The share capital is what the member paid in; {@code schedule} says when
   * the withdrawal takes effect and whether it came after the co-op's deadline.
   */
  public Withdrawal(
      long memberId,
      Yen shareCapital,
      Reason reason,
      String note,
      Method method,
      BankAccount bankAccount,
      WithdrawalSchedule schedule,
      String requestedBy,
      Instant now) {
    this.memberId = memberId;
    this.shareCapital = shareCapital.value();
    this.reason = Objects.requireNonNull(reason, "reason");
    this.note = note;
    this.method = Objects.requireNonNull(method, "method");
    if (method == Method.BANK_TRANSFER && bankAccount == null) {
      throw new InvalidValueException("bankCode", "EMPTY");
    }
    this.bankAccount = method == Method.BANK_TRANSFER ? bankAccount : null;
    this.ground = Ground.VOLUNTARY;
    this.late = schedule.late();
    this.effectiveOn = schedule.effectiveOn();
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.status = Status.REQUESTED;
  }

  /**
   * The refund of share capital: all of it when leaving by choice, half (rounded down to the yen)
   * on expulsion. Nothing is offset against a debt; a debt holds the refund back instead.
   */
  public static Yen refundOf(Yen shareCapital, Ground ground) {
    return ground == Ground.EXPULSION ? Yen.of(shareCapital.value() / 2) : shareCapital;
  }

  /**
   * Staff review: the refund computed for the ground; held while the member owes the co-op, and
   * reviewed again once the debt is settled.
   */
  public void review(Ground ground, Yen owed, String staff, Instant now) {
    if (status != Status.REQUESTED && status != Status.HELD) {
      throw new WithdrawalStateException(status);
    }
    this.ground = Objects.requireNonNull(ground, "ground");
    this.owed = owed.value();
    this.refund = refundOf(Yen.of(shareCapital), ground).value();
    this.reviewedBy = staff;
    this.reviewedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.status = owed.value() > 0 ? Status.HELD : Status.APPROVED;
  }

  /** The refund paid out (transfer made or cash handed over); the membership ends with it. */
  public void payOut(String reference, String staff, Instant now) {
    if (status != Status.APPROVED) {
      throw new WithdrawalStateException(status);
    }
    this.payoutReference = reference;
    this.paidOutBy = staff;
    this.paidOutAt = now.truncatedTo(ChronoUnit.MICROS);
    this.status = Status.PAID_OUT;
  }

  /** The member changed their mind before staff reviewed it. */
  public void cancel() {
    if (status != Status.REQUESTED) {
      throw new WithdrawalStateException(status);
    }
    this.status = Status.CANCELLED;
  }

  public Long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public Status status() {
    return status;
  }

  public Reason reason() {
    return reason;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Ground ground() {
    return ground;
  }

  public Method method() {
    return method;
  }

  public Optional<BankAccount> bankAccount() {
    return Optional.ofNullable(bankAccount);
  }

  public Yen shareCapital() {
    return Yen.of(shareCapital);
  }

  public Yen owed() {
    return Yen.of(owed);
  }

  /** Computed at review; empty before. */
  public Optional<Yen> refund() {
    return Optional.ofNullable(refund).map(Yen::of);
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public boolean late() {
    return late;
  }

  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<Instant> paidOutAt() {
    return Optional.ofNullable(paidOutAt);
  }

  public Optional<String> paidOutBy() {
    return Optional.ofNullable(paidOutBy);
  }

  public Optional<String> payoutReference() {
    return Optional.ofNullable(payoutReference);
  }
}
