package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
  private static final SecretHasher HASHER = new SecretHasher(new byte[32]);

  private static VerificationCode code(String digits) {
    return new VerificationCode(
        CodePurpose.SIGN_UP_EMAIL,
        "hanako@example.jp",
        digits,
        "salt-1",
        HASHER,
        T0,
        CodeRules.STANDARD);
  }

  @Test
  void theRightCodeIsAcceptedOnceOnly() {
    VerificationCode c = code("042917");

    assertEquals(CodeCheck.ACCEPTED, c.check("042917", T0.plusSeconds(30), HASHER));
    assertEquals(CodeCheck.ALREADY_USED, c.check("042917", T0.plusSeconds(31), HASHER));
  }

  @Test
  void fullWidthDigitsAndSpacesAreAccepted() {
    assertEquals(CodeCheck.ACCEPTED, code("042917").check("０４２ ９１７", T0, HASHER));
  }

  @Test
  void itExpiresAfterTenMinutes() {
    assertEquals(CodeCheck.ACCEPTED, code("042917").check("042917", T0.plusSeconds(599), HASHER));
    assertEquals(CodeCheck.EXPIRED, code("042917").check("042917", T0.plusSeconds(600), HASHER));
  }

  @Test
  void fiveWrongTriesUseItUp() {
    VerificationCode c = code("042917");

    for (int i = 1; i <= 4; i++) {
      assertEquals(CodeCheck.WRONG, c.check("111111", T0, HASHER), "try " + i);
      assertEquals(5 - i, c.attemptsLeft());
    }
    assertEquals(CodeCheck.TOO_MANY_ATTEMPTS, c.check("<script>", T0, HASHER));
    assertEquals(CodeCheck.TOO_MANY_ATTEMPTS, c.check("042917", T0, HASHER), "even the right one");
    assertEquals(VerificationCode.State.EXHAUSTED, c.state());
  }

  @Test
  void aReplacedCodeNoLongerWorks() {
    VerificationCode c = code("042917");
    c.replace();

    assertEquals(CodeCheck.REPLACED, c.check("042917", T0, HASHER));
  }

  @Test
  void aNewCodeMaySendOnlyAfterAMinute() {
    VerificationCode c = code("042917");

    assertFalse(c.mayResendAt(T0.plusSeconds(59)));
    assertTrue(c.mayResendAt(T0.plusSeconds(60)));
  }

  @Test
  void onlyTheKeyedHashIsKeptAndTheKeyMatters() {
    VerificationCode c = code("042917");
    SecretHasher otherKey =
        new SecretHasher(
            new byte[] {
              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
              17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
            });

    assertEquals(CodeCheck.WRONG, c.check("042917", T0, otherKey));
    assertThrows(IllegalArgumentException.class, () -> new SecretHasher(new byte[16]));
  }

  @Test
  void codesAreSixDigitsWithLeadingZerosAndVary() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String c = VerificationCode.newCode(random);
      assertTrue(c.matches("\\d{6}"), c);
      seen.add(c);
    }
    assertTrue(seen.size() > 190, "random, not a fixed sequence");
    assertThrows(IllegalArgumentException.class, () -> code("12345"));
  }
}
