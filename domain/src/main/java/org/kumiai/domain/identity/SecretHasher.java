package org.kumiai.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes short secrets (6-digit codes, recovery codes) with HMAC-SHA256 under a server key. A plain
 * salted hash of a 6-digit code falls to a million guesses; without the key, a copy of the database
 * alone does not reveal live codes.
 */
public final class SecretHasher {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  public SecretHasher(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The code key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The hash of {@code secret} for one stored record, told apart by {@code salt}. */
  public byte[] hash(String salt, String secret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(salt.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Compares in constant time, so response times do not leak how much of a code was right. */
  public boolean matches(String salt, String secret, byte[] expected) {
    return secret != null && MessageDigest.isEqual(hash(salt, secret), expected);
  }
}
