package org.kumiai.service.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegisterKeyTest {

  @Test
  void aGeneratedKeyIsFoundByItsPrefixAndMatchesOnlyItsOwnHash() {
    RegisterKey key = RegisterKey.generate();
    assertTrue(key.text().matches("kr_[0-9a-f]{12}_[A-Za-z0-9_-]{43}"), key.text());
    assertEquals(key.text().substring(0, 15), key.prefix());
    assertEquals(key, RegisterKey.parse(key.text()).orElseThrow());
    assertTrue(key.matches(key.hash()));
    assertFalse(key.matches(RegisterKey.generate().hash()));
    assertNotEquals(key.prefix(), RegisterKey.generate().prefix());
  }

  @Test
  void theSecretStaysOutOfItsText() {
    RegisterKey key = RegisterKey.generate();
    assertEquals(key.prefix() + "_…", key.toString());
  }

  @Test
  void aTokenWithoutAKeysShapeIsNoKey() {
    assertTrue(RegisterKey.parse(null).isEmpty());
    assertTrue(RegisterKey.parse("").isEmpty());
    assertTrue(RegisterKey.parse("sk_0123456789ab_secret").isEmpty(), "another prefix");
    assertTrue(RegisterKey.parse("kr_0123456789ab").isEmpty(), "no secret part");
    assertTrue(RegisterKey.parse("kr_0123456789ab_" + "x".repeat(85)).isEmpty(), "over 100");
    assertTrue(RegisterKey.parse("kr_0123456789ab_" + "x".repeat(84)).isPresent(), "100 exactly");
  }
}
