package org.kumiai.domain.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) for authenticator apps. The defaults — SHA-1, six
 * digits, 30-second steps — are the only ones every common app supports.
 */
public final class Totp {

  /** The HMAC behind the codes. */
  public enum Algorithm {
    SHA1("HmacSHA1", "SHA1"),
    SHA256("HmacSHA256", "SHA256"),
    SHA512("HmacSHA512", "SHA512");

    private final String mac;
    private final String uriName;

    Algorithm(String mac, String uriName) {
      this.mac = mac;
      this.uriName = uriName;
    }
  }

  private static final int SECRET_BYTES = 20;
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private final byte[] secret;
  private final Algorithm algorithm;
  private final int digits;
  private final Duration step;

  public Totp(byte[] secret, Algorithm algorithm, int digits, Duration step) {
    this.secret = Objects.requireNonNull(secret, "secret").clone();
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    if (digits < 6 || digits > 8 || step.toSeconds() < 1) {
      throw new IllegalArgumentException("6 to 8 digits and a step of a second or more");
    }
    this.digits = digits;
    this.step = step;
  }

  /** The standard authenticator-app profile: SHA-1, 6 digits, 30 s. */
  public static Totp standard(byte[] secret) {
    return new Totp(secret, Algorithm.SHA1, 6, Duration.ofSeconds(30));
  }

  /** A new random 160-bit secret, the size RFC 4226 recommends for SHA-1. */
  public static byte[] newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return secret;
  }

  public long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), step.toSeconds());
  }

  public String codeAt(Instant instant) {
    return codeForStep(stepAt(instant));
  }

  /**
   * The time step whose code was typed, looking {@code window} steps either side of now for a phone
   * clock that drifts; empty when none matches. The caller refuses a step already used.
   */
  public OptionalLong matchingStep(String typed, Instant now, int window) {
    if (typed == null || typed.length() != digits || !typed.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    for (long s = current - window; s <= current + window; s++) {
      if (MessageDigest.isEqual(
          codeForStep(s).getBytes(StandardCharsets.US_ASCII),
          typed.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** The otpauth:// URI an authenticator app reads from the enrolment QR code. */
  public String otpauthUri(String issuer, String account) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + Base32.encode(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm="
        + algorithm.uriName
        + "&digits="
        + digits
        + "&period="
        + step.toSeconds();
  }

  private String codeForStep(long timeStep) {
    byte[] hash = hmac(ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    return String.format("%0" + digits + "d", binary % POWERS[digits]);
  }

  private byte[] hmac(byte[] message) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm.mac);
      mac.init(new javax.crypto.spec.SecretKeySpec(secret, algorithm.mac));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm.mac + " is part of every Java runtime", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
