package org.kumiai.domain.identity;

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
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 6-digit one-time code sent to an address or phone. Only its keyed hash is kept. It is accepted
 * once, within its lifetime and attempts; a newer code for the same purpose and destination
 * replaces it. The version column makes two simultaneous checks of one code conflict, so at most
 * one of them is accepted.
 */
@Entity
@Table(name = "verification_code")
public class VerificationCode {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  /** Where a code stands; only LIVE codes can be accepted. */
  public enum State {
    LIVE,
    USED,
    REPLACED,
    EXHAUSTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
  @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CodePurpose purpose;

  @Column(nullable = false, length = 254)
  private String destination;

  @Column(nullable = false, length = 32)
  private String salt;

  @Column(name = "code_hash", nullable = false, length = 32)
  private byte[] codeHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "resend_at", nullable = false)
  private Instant resendAt;

  @Column(name = "attempts_left", nullable = false)
  private int attemptsLeft;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Version private long version;

  protected VerificationCode() {}

  /** Records a code just sent; {@code code} itself is hashed and then forgotten. */
  public VerificationCode(
      CodePurpose purpose,
      String destination,
      String code,
      String salt,
      SecretHasher hasher,
      Instant now,
      CodeRules rules) {
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.destination = Objects.requireNonNull(destination, "destination");
    if (!SIX_DIGITS.matcher(code).matches()) {
      throw new IllegalArgumentException("A code has six digits");
    }
    this.salt = Objects.requireNonNull(salt, "salt");
    this.codeHash = hasher.hash(salt, code);
    // The database keeps microseconds; the same precision here keeps read-back values equal.
    this.issuedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = issuedAt.plus(rules.validFor());
    this.resendAt = issuedAt.plus(rules.resendAfter());
    this.attemptsLeft = rules.attempts();
    this.state = State.LIVE;
  }

  /** Six random digits, leading zeros kept. */
  public static String newCode(SecureRandom random) {
    return String.format("%06d", random.nextInt(1_000_000));
  }

  /**
   * Checks what was typed. Full-width digits and spaces are accepted (phones type them); a wrong or
   * malformed entry uses up one attempt.
   */
  public CodeCheck check(String typed, Instant now, SecretHasher hasher) {
    switch (state) {
      case USED:
        return CodeCheck.ALREADY_USED;
      case REPLACED:
        return CodeCheck.REPLACED;
      case EXHAUSTED:
        return CodeCheck.TOO_MANY_ATTEMPTS;
      default:
        break;
    }
    if (!now.isBefore(expiresAt)) {
      return CodeCheck.EXPIRED;
    }
    String entered = normalise(typed);
    if (SIX_DIGITS.matcher(entered).matches() && hasher.matches(salt, entered, codeHash)) {
      state = State.USED;
      return CodeCheck.ACCEPTED;
    }
    attemptsLeft--;
    if (attemptsLeft <= 0) {
      state = State.EXHAUSTED;
      return CodeCheck.TOO_MANY_ATTEMPTS;
    }
    return CodeCheck.WRONG;
  }

  /** A newer code went out; this one no longer counts. */
  public void replace() {
    if (state == State.LIVE) {
      state = State.REPLACED;
    }
  }

  public boolean mayResendAt(Instant now) {
    return !now.isBefore(resendAt);
  }

  private static String normalise(String typed) {
    if (typed == null || typed.length() > 32) {
      return "";
    }
    return Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
  }

  public Long id() {
    return id;
  }

  public CodePurpose purpose() {
    return purpose;
  }

  public String destination() {
    return destination;
  }

  public State state() {
    return state;
  }

  public int attemptsLeft() {
    return attemptsLeft;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant resendAt() {
    return resendAt;
  }
}
