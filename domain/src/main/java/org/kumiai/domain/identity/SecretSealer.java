package org.kumiai.domain.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets the server must read back (an authenticator app's TOTP key) with AES-256-GCM
 * under a server key: unlike codes, these cannot be hashed, and a copy of the database alone must
 * not let anyone make valid codes. The account id is bound in as associated data, so a sealed
 * secret moved to another row does not open.
 */
public final class SecretSealer {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SecretSealer(byte[] key) {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("The sealing key has 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  public String seal(byte[] secret, String boundTo) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, boundTo, secret);
    return Base64.getEncoder()
        .encodeToString(
            ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  public byte[] open(String sealed, String boundTo) {
    ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
    byte[] nonce = new byte[NONCE_BYTES];
    data.get(nonce);
    byte[] rest = new byte[data.remaining()];
    data.get(rest);
    return run(Cipher.DECRYPT_MODE, nonce, boundTo, rest);
  }

  private byte[] run(int mode, byte[] nonce, String boundTo, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(boundTo.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The sealed secret does not open with this key", e);
    }
  }
}
