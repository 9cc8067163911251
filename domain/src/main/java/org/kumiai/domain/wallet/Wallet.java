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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's e-money wallet in one co-op. Payments and charges need it ACTIVE: the member has
 * proven a code and consented to what the portal may do. A suspended wallet refuses payments until
 * staff resume it.
 */
@Entity
@Table(name = "wallet")
public class Wallet {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_seq")
  @SequenceGenerator(name = "wallet_seq", sequenceName = "wallet_seq", allocationSize = 50)
  private Long id;

  @Column(name = "member_id", nullable = false, unique = true)
  private long memberId;

  @Column(name = "coop_code", nullable = false, length = 16)
  private String coopCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private WalletStatus status;

  @Column(name = "code_proven_at")
  private Instant codeProvenAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "email_login", length = 254)
  private String emailLogin;

  @Column(name = "phone_login", length = 20)
  private String phoneLogin;

  @Column(name = "consented_at")
  private Instant consentedAt;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Version private long version;

  protected Wallet() {}

  public Wallet(long memberId, String coopCode) {
    this.memberId = memberId;
    this.coopCode = Objects.requireNonNull(coopCode, "coopCode");
    this.status = WalletStatus.INACTIVE;
  }

  /** How long a proven code stays good for the consent that follows it. */
  public static final Duration CONSENT_WITHIN = Duration.ofMinutes(30);

  /** The member typed the code sent to their email or phone; consent comes next. */
  public void codeProven(Instant now) {
    if (status != WalletStatus.INACTIVE) {
      throw new WalletStateException(status);
    }
    this.codeProvenAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A code sent to this address or number was typed back: it is a login method of the wallet. The
   * first one is proven during activation; the other may be added any time after.
   */
  public void loginProven(boolean email, String destination) {
    if (email) {
      emailLogin = destination;
    } else {
      phoneLogin = destination;
    }
  }

  public Optional<String> emailLogin() {
    return Optional.ofNullable(emailLogin);
  }

  public Optional<String> phoneLogin() {
    return Optional.ofNullable(phoneLogin);
  }

  public boolean codeProvenAt(Instant now) {
    return codeProvenAt != null && now.isBefore(codeProvenAt.plus(CONSENT_WITHIN));
  }

  /**
   * The member allowed the portal to read the balance and history and to make payments, within
   * {@link #CONSENT_WITHIN} of proving the code: the wallet opens.
   */
  public void activate(Instant now) {
    if (status != WalletStatus.INACTIVE || !codeProvenAt(now)) {
      throw new WalletStateException(status);
    }
    this.consentedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.activatedAt = consentedAt;
    this.status = WalletStatus.ACTIVE;
  }

  /** Lost card or phone: payments stop at once. */
  public void suspend(Instant now) {
    if (status != WalletStatus.ACTIVE) {
      throw new WalletStateException(status);
    }
    this.suspendedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.status = WalletStatus.SUSPENDED;
  }

  /** Staff, after checking who the member is. */
  public void resume() {
    if (status != WalletStatus.SUSPENDED) {
      throw new WalletStateException(status);
    }
    this.suspendedAt = null;
    this.status = WalletStatus.ACTIVE;
  }

  /** The membership ended: nothing is accepted any more, and staff cannot resume it. */
  public void close() {
    if (status == WalletStatus.CLOSED) {
      throw new WalletStateException(status);
    }
    this.status = WalletStatus.CLOSED;
  }

  /**
   * A refund may go back to the purses unless the membership has ended: a closed wallet's purses
   * were settled for good with the payout, and money put in them again could be neither spent nor
   * paid out.
   */
  public void checkRefundable() {
    if (status == WalletStatus.CLOSED) {
      throw new WalletStateException(status);
    }
  }

  /** Why this wallet cannot pay now, if it cannot ({@link WalletStatus#refusal}). */
  public Optional<String> refusal() {
    return status.refusal();
  }

  public Long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public String coopCode() {
    return coopCode;
  }

  public WalletStatus status() {
    return status;
  }

  public Optional<Instant> activatedAt() {
    return Optional.ofNullable(activatedAt);
  }

  public Optional<Instant> suspendedAt() {
    return Optional.ofNullable(suspendedAt);
  }
}
