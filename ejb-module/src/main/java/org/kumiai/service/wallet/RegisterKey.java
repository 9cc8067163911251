package org.kumiai.service.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A register's API key as staff are shown it once and registers send it: {@code kr_}, twelve hex
 * digits, {@code _}, then 32 random bytes. The part before that second underscore finds the
 * register; the key itself is kept only as the SHA-256 of the whole (32 random bytes, so a slow
 * hash adds nothing).
 */
record RegisterKey(String text) {

  private static final String PREFIX = "kr_";
  private static final int LONGEST = 100;
  private static final SecureRandom RANDOM = new SecureRandom();

  static RegisterKey generate() {
    byte[] prefix = new byte[6];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(prefix);
    RANDOM.nextBytes(secret);
    return new RegisterKey(
        PREFIX
            + HexFormat.of().formatHex(prefix)
            + "_"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The key a bearer token spells, if it has a key's shape. */
  static Optional<RegisterKey> parse(String bearer) {
    if (bearer == null
        || !bearer.startsWith(PREFIX)
        || bearer.length() > LONGEST
        || bearer.indexOf('_', PREFIX.length()) < 0) {
      return Optional.empty();
    }
    return Optional.of(new RegisterKey(bearer));
  }

  /** The part looked up: the register's key prefix. */
  String prefix() {
    return text.substring(0, text.indexOf('_', PREFIX.length()));
  }

  /** What is kept of the key. */
  String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Whether this is the key whose hash was kept, compared in constant time. */
  boolean matches(String keptHash) {
    return MessageDigest.isEqual(
        keptHash.getBytes(StandardCharsets.US_ASCII), hash().getBytes(StandardCharsets.US_ASCII));
  }

  /** The prefix only: the secret part stays out of logs and messages. */
  @Override
  public String toString() {
    return prefix() + "_…";
  }
}
