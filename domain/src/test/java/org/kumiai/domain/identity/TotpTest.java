package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  private static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEED32 =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEED64 =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238 Appendix B: every test vector, 8 digits, 30-second steps. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
    Instant t = Instant.ofEpochSecond(seconds);
    Duration step = Duration.ofSeconds(30);

    assertEquals(sha1, new Totp(SEED20, Totp.Algorithm.SHA1, 8, step).codeAt(t));
    assertEquals(sha256, new Totp(SEED32, Totp.Algorithm.SHA256, 8, step).codeAt(t));
    assertEquals(sha512, new Totp(SEED64, Totp.Algorithm.SHA512, 8, step).codeAt(t));
  }

  @Test
  void theStandardProfileGivesTheLastSixDigits() {
    assertEquals("287082", Totp.standard(SEED20).codeAt(Instant.ofEpochSecond(59)));
  }

  @Test
  void aCodeFromTheNeighbouringStepIsAcceptedForClockDrift() {
    Totp totp = Totp.standard(SEED20);
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    String previous = totp.codeAt(now.minusSeconds(30));

    assertEquals(OptionalLong.of(totp.stepAt(now) - 1), totp.matchingStep(previous, now, 1));
    assertEquals(OptionalLong.empty(), totp.matchingStep(previous, now, 0));
    assertEquals(
        OptionalLong.empty(), totp.matchingStep(totp.codeAt(now.minusSeconds(90)), now, 1));
  }

  @Test
  void malformedInputNeverMatches() {
    Totp totp = Totp.standard(SEED20);
    Instant now = Instant.ofEpochSecond(59);

    for (String bad : new String[] {null, "", "28708", "2870822", "28708a", "２８７０８２"}) {
      assertTrue(totp.matchingStep(bad, now, 1).isEmpty(), String.valueOf(bad));
    }
  }

  @Test
  void theEnrolmentUriCarriesTheSecretAndProfile() {
    String uri = Totp.standard(SEED20).otpauthUri("Kumiai 大学生協", "hanako@example.jp");

    assertEquals(
        "otpauth://totp/Kumiai%20%E5%A4%A7%E5%AD%A6%E7%94%9F%E5%8D%94:hanako%40example.jp"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Kumiai%20%E5%A4%A7%E5%AD%A6%E7%94%9F%E5%8D%94"
            + "&algorithm=SHA1&digits=6&period=30",
        uri);
  }

  @Test
  void newSecretsAre160BitsAndDiffer() {
    SecureRandom random = new SecureRandom();
    byte[] a = Totp.newSecret(random);
    byte[] b = Totp.newSecret(random);

    assertEquals(20, a.length);
    assertTrue(!java.util.Arrays.equals(a, b));
  }

  @Test
  void unsupportedProfilesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Totp(SEED20, Totp.Algorithm.SHA1, 5, Duration.ofSeconds(30)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Totp(SEED20, Totp.Algorithm.SHA1, 6, Duration.ZERO));
  }
}
