package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
  private static final LockoutPolicy POLICY = LockoutPolicy.STANDARD;

  @Test
  void fourFailuresCostNothingTheFifthWaitsAMinute() {
    SignInThrottle t = new SignInThrottle();
    for (int i = 0; i < 4; i++) {
      assertEquals(Optional.empty(), t.recordFailure(T0, POLICY));
    }

    assertEquals(Optional.of(T0.plusSeconds(60)), t.recordFailure(T0, POLICY));
    assertEquals(Optional.of(T0.plusSeconds(60)), t.lockedUntil(T0.plusSeconds(59)));
    assertEquals(Optional.empty(), t.lockedUntil(T0.plusSeconds(60)));
  }

  @Test
  void eachFurtherFailureWaitsAMinuteLongerUpToFifteen() {
    assertEquals(Duration.ZERO, POLICY.waitAfter(4));
    assertEquals(Duration.ofMinutes(1), POLICY.waitAfter(5));
    assertEquals(Duration.ofMinutes(2), POLICY.waitAfter(6));
    assertEquals(Duration.ofMinutes(15), POLICY.waitAfter(19));
    assertEquals(Duration.ofMinutes(15), POLICY.waitAfter(1000));
    assertEquals(Duration.ofMinutes(15), POLICY.waitAfter(Integer.MAX_VALUE));
  }

  @Test
  void successForgivesTheRun() {
    SignInThrottle t = new SignInThrottle();
    for (int i = 0; i < 6; i++) {
      t.recordFailure(T0, POLICY);
    }

    t.recordSuccess();

    assertEquals(0, t.failures());
    assertEquals(Optional.empty(), t.lockedUntil(T0));
    assertEquals(Optional.empty(), t.recordFailure(T0, POLICY));
  }

  @Test
  void aQuietHalfDayForgetsOldFailures() {
    SignInThrottle t = new SignInThrottle();
    for (int i = 0; i < 4; i++) {
      t.recordFailure(T0, POLICY);
    }

    t.recordFailure(T0.plus(Duration.ofHours(12)), POLICY);

    assertEquals(1, t.failures());
    assertTrue(t.lockedUntil(T0.plus(Duration.ofHours(12))).isEmpty());
  }
}
