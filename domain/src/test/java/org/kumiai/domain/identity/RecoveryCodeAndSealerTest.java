package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodeAndSealerTest {

  @Test
  void tenDistinctCodesInTwoGroupsOfUnambiguousCharacters() {
    List<String> codes = RecoveryCode.generate(new SecureRandom());
    assertEquals(10, codes.size());
    assertEquals(10, new HashSet<>(codes).size());
    for (String code : codes) {
      assertTrue(code.matches("[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}"), code);
    }
  }

  @Test
  void aTypedCodeIsNormalisedToTheStoredForm() {
    assertEquals("abcde-fghjk", RecoveryCode.normalise(" ABCDE fghjk "));
    assertEquals("abcde-fghjk", RecoveryCode.normalise("ａｂｃｄｅ－ｆｇｈｊｋ"));
    assertEquals("abcde-fghjk", RecoveryCode.normalise("abcdefghjk"));
    assertEquals("abc", RecoveryCode.normalise("abc"));
    assertEquals("", RecoveryCode.normalise(null));
  }

  @Test
  void aSealedSecretOpensOnlyWithItsKeyAndForItsAccount() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    SecretSealer sealer = new SecretSealer(key);
    byte[] secret = "12345678901234567890".getBytes();
    String sealed = sealer.seal(secret, "account:1");
    assertNotEquals(sealed, sealer.seal(secret, "account:1"), "a fresh nonce each time");
    assertArrayEquals(secret, sealer.open(sealed, "account:1"));
    assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "account:2"));
    byte[] other = key.clone();
    other[0] ^= 1;
    assertThrows(
        IllegalStateException.class, () -> new SecretSealer(other).open(sealed, "account:1"));
    assertThrows(IllegalArgumentException.class, () -> new SecretSealer(new byte[16]));
  }
}
