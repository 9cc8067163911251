package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.membership.CardToken.Outcome;
import org.kumiai.domain.membership.CardToken.Verification;

/** The card's signed token: round trip, and each way a text can fail, told apart. */
class CardTokenTest {

  private static final byte[] KEY = key(7);
  private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
  private static final Instant EXPIRY = NOW.plus(CardToken.DEFAULT_TTL);

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void aFreshTokenVerifiesToItsMemberAndExpiry() {
    CardToken token = CardToken.issue(4711L, EXPIRY, KEY);

    Verification v = CardToken.verify(token.text(), NOW, KEY);

    assertEquals(Outcome.VALID, v.outcome());
    assertTrue(v.valid());
    assertEquals(4711L, v.token().orElseThrow().memberId());
    assertEquals(EXPIRY, v.token().orElseThrow().expiresAt());
    assertEquals(token, v.token().orElseThrow());
  }

  @Test
  void theTextIsShortAndUrlSafe() {
    String text = CardToken.issue(Long.MAX_VALUE, EXPIRY, KEY).text();

    assertEquals(44, text.length());
    assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
  }

  @Test
  void aScannerSuffixOrPaddingBlanksAreIgnored() {
    String text = CardToken.issue(12L, EXPIRY, KEY).text();

    assertTrue(CardToken.verify("  " + text + "\r\n", NOW, KEY).valid());
  }

  @Test
  void itExpiresAtTheExpiryExactly() {
    String text = CardToken.issue(12L, EXPIRY, KEY).text();

    assertTrue(CardToken.verify(text, EXPIRY.minusSeconds(1), KEY).valid());
    Verification late = CardToken.verify(text, EXPIRY, KEY);
    assertEquals(Outcome.EXPIRED, late.outcome());
    assertEquals(12L, late.token().orElseThrow().memberId(), "genuine, only too old");
  }

  @Test
  void everyChangedCharacterIsTampering() {
    String text = CardToken.issue(12L, EXPIRY, KEY).text();
    // From the member id on: the first 7 characters hold the version and the key id.
    for (int i = 7; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      String changed = text.substring(0, i) + (c == 'A' ? 'B' : 'A') + text.substring(i + 1);
      assertEquals(Outcome.TAMPERED, CardToken.verify(changed, NOW, KEY).outcome(), changed);
    }
  }

  @Test
  void anotherMemberIdWithTheOldSignatureIsTampering() {
    byte[] bytes = Base64.getUrlDecoder().decode(CardToken.issue(12L, EXPIRY, KEY).text());
    bytes[12] = 13; // the member id's last byte: 12 becomes 13
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    Verification v = CardToken.verify(forged, NOW, KEY);

    assertEquals(Outcome.TAMPERED, v.outcome());
    assertTrue(v.token().isEmpty());
  }

  @Test
  void aLaterExpiryWithTheOldSignatureIsTamperingNotValid() {
    byte[] bytes = Base64.getUrlDecoder().decode(CardToken.issue(12L, NOW, KEY).text());
    bytes[16] = (byte) (bytes[16] + 100); // the expiry's last byte: 100 seconds later

    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    assertEquals(Outcome.TAMPERED, CardToken.verify(forged, NOW, KEY).outcome());
  }

  @Test
  void anotherKeyIsToldApartFromTampering() {
    String text = CardToken.issue(12L, EXPIRY, key(8)).text();

    Verification v = CardToken.verify(text, NOW, KEY);

    assertEquals(Outcome.WRONG_KEY, v.outcome());
    assertFalse(v.valid());
    assertTrue(v.token().isEmpty());
  }

  @Test
  void anExpiredTokenOfAnotherKeyIsAWrongKeyNotExpired() {
    String text = CardToken.issue(12L, NOW.minusSeconds(600), key(8)).text();

    assertEquals(Outcome.WRONG_KEY, CardToken.verify(text, NOW, KEY).outcome());
  }

  @Test
  void textsThatAreNoTokenAreMalformed() {
    String good = CardToken.issue(12L, EXPIRY, KEY).text();
    byte[] otherVersion = Base64.getUrlDecoder().decode(good);
    otherVersion[0] = 2;
    for (String text :
        new String[] {
          null,
          "",
          "   ",
          "2026-0000-0099",
          "not base64 at all!",
          good.substring(0, 43),
          good + "AA",
          good.replace(good.charAt(20), '+'),
          Base64.getUrlEncoder().withoutPadding().encodeToString(otherVersion),
          "A".repeat(10_000)
        }) {
      assertEquals(Outcome.MALFORMED, CardToken.verify(text, NOW, KEY).outcome(), text);
    }
  }

  @Test
  void twoTokensForTheSameMemberDifferByExpiry() {
    assertNotEquals(
        CardToken.issue(12L, EXPIRY, KEY).text(),
        CardToken.issue(12L, EXPIRY.plusSeconds(1), KEY).text());
  }

  @Test
  void shortKeysAndImpossibleExpiriesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CardToken.issue(1L, EXPIRY, new byte[16]));
    assertThrows(IllegalArgumentException.class, () -> CardToken.verify("x", NOW, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> CardToken.issue(1L, Instant.parse("2200-01-01T00:00:00Z"), KEY));
  }
}
