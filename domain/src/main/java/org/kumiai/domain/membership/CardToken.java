package org.kumiai.domain.membership;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the membership card's QR code carries: a member id and an expiry, signed with HMAC-SHA256
 * under a server key. A register or a counter checks it without the member typing anything, and a
 * screenshot passed on stops working within minutes, which a bare membership number never would.
 *
 * <p>Text form, URL-safe Base64 without padding (44 characters, small enough for a QR code a phone
 * shows and a scanner reads at a glance): version (1 byte), key id (4), member id (8), expiry in
 * epoch seconds (4, unsigned: good until 2106), MAC (16, the first half of HMAC-SHA256: 128 bits is
 * ample for a token that lives minutes).
 */
public final class CardToken {

  /** How long a token lives unless configured otherwise: a queue at the register, no longer. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  /** Why a text is not a token to accept, or VALID. */
  public enum Outcome {
    VALID,
    /** Not a token at all: wrong length, not Base64, unknown version. */
    MALFORMED,
    /** Signed under another key: another installation, or a key since replaced. */
    WRONG_KEY,
    /** Our key, but the signature does not match the content: someone changed it. */
    TAMPERED,
    /** Genuine but past its expiry: the member shows the card again for a fresh one. */
    EXPIRED
  }

  /** The outcome of {@link #verify}; the token only when it is genuine (even if expired). */
  public record Verification(Outcome outcome, Optional<CardToken> token) {

    public boolean valid() {
      return outcome == Outcome.VALID;
    }
  }

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;
  private static final byte VERSION = 1;
  private static final int KEY_ID_BYTES = 4;
  private static final int MAC_BYTES = 16;
  private static final int SIGNED_BYTES = 1 + KEY_ID_BYTES + 8 + 4;
  private static final int TOTAL_BYTES = SIGNED_BYTES + MAC_BYTES;
  private static final long MAX_EPOCH_SECOND = 0xFFFF_FFFFL;
  // Separates the key id from token MACs, so the one never equals a prefix of the other.
  private static final byte[] KEY_ID_LABEL = "kumiai card key id".getBytes(StandardCharsets.UTF_8);

  private final long memberId;
  private final Instant expiresAt;
  private final String text;

  private CardToken(long memberId, Instant expiresAt, String text) {
    this.memberId = memberId;
    this.expiresAt = expiresAt;
    this.text = text;
  }

  /**
   * A token for {@code memberId} that expires at {@code expiresAt} (whole seconds, rounded down).
   */
  public static CardToken issue(long memberId, Instant expiresAt, byte[] key) {
    Objects.requireNonNull(expiresAt, "expiresAt");
    long seconds = expiresAt.getEpochSecond();
    if (seconds < 0 || seconds > MAX_EPOCH_SECOND) {
      throw new IllegalArgumentException("expiry out of range: " + expiresAt);
    }
    SecretKeySpec spec = spec(key);
    ByteBuffer bytes = ByteBuffer.allocate(TOTAL_BYTES);
    bytes.put(VERSION).put(keyId(spec)).putLong(memberId).putInt((int) seconds);
    bytes.put(mac(spec, Arrays.copyOf(bytes.array(), SIGNED_BYTES)));
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    return new CardToken(memberId, Instant.ofEpochSecond(seconds), text);
  }

  /**
   * Checks {@code text} as it came from a scanner or a keyboard (surrounding blanks ignored). The
   * expiry is looked at only once the signature holds: before that it is just bytes anyone typed.
   */
  public static Verification verify(String text, Instant now, byte[] key) {
    SecretKeySpec spec = spec(key);
    Objects.requireNonNull(now, "now");
    byte[] bytes = decode(text);
    if (bytes == null || bytes.length != TOTAL_BYTES || bytes[0] != VERSION) {
      return rejected(Outcome.MALFORMED);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.get();
    byte[] keyId = new byte[KEY_ID_BYTES];
    in.get(keyId);
    long memberId = in.getLong();
    long seconds = Integer.toUnsignedLong(in.getInt());
    byte[] mac = new byte[MAC_BYTES];
    in.get(mac);
    if (!MessageDigest.isEqual(keyId, keyId(spec))) {
      return rejected(Outcome.WRONG_KEY);
    }
    // Constant time, so response times do not tell a forger how many bytes were right.
    if (!MessageDigest.isEqual(mac, mac(spec, Arrays.copyOf(bytes, SIGNED_BYTES)))) {
      return rejected(Outcome.TAMPERED);
    }
    CardToken token = new CardToken(memberId, Instant.ofEpochSecond(seconds), text.strip());
    Outcome outcome = now.isBefore(token.expiresAt) ? Outcome.VALID : Outcome.EXPIRED;
    return new Verification(outcome, Optional.of(token));
  }

  private static Verification rejected(Outcome outcome) {
    return new Verification(outcome, Optional.empty());
  }

  private static byte[] decode(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    // Four times the decoded size bounds the work a pasted novel could cause.
    if (stripped.isEmpty() || stripped.length() > TOTAL_BYTES * 4) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(stripped);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static SecretKeySpec spec(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The card key needs at least 32 bytes");
    }
    return new SecretKeySpec(key, ALGORITHM);
  }

  /** Names the key without revealing it, so a token of another key is told from a forged one. */
  private static byte[] keyId(SecretKeySpec spec) {
    return Arrays.copyOf(hmac(spec, KEY_ID_LABEL), KEY_ID_BYTES);
  }

  private static byte[] mac(SecretKeySpec spec, byte[] signed) {
    return Arrays.copyOf(hmac(spec, signed), MAC_BYTES);
  }

  private static byte[] hmac(SecretKeySpec spec, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(spec);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  public long memberId() {
    return memberId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** The compact form the QR code carries and a scanner types. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardToken other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "CardToken[member " + memberId + ", expires " + expiresAt + "]";
  }
}
