package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {

  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

  @Test
  void theLimitHoldsWithinTheWindowAndTheOldestAttemptFreesTheNext() {
    AttemptWindow w = new AttemptWindow(3, Duration.ofMinutes(5));

    assertEquals(Optional.empty(), w.tryAttempt(T0));
    assertEquals(Optional.empty(), w.tryAttempt(T0.plusSeconds(10)));
    assertEquals(Optional.empty(), w.tryAttempt(T0.plusSeconds(20)));
    assertEquals(Optional.of(T0.plusSeconds(300)), w.tryAttempt(T0.plusSeconds(30)));
    assertEquals(Optional.of(T0.plusSeconds(300)), w.tryAttempt(T0.plusSeconds(299)));

    assertEquals(Optional.empty(), w.tryAttempt(T0.plusSeconds(301)), "the first has slid out");
    assertEquals(Optional.of(T0.plusSeconds(310)), w.tryAttempt(T0.plusSeconds(302)));
  }

  @Test
  void refusedAttemptsDoNotExtendTheWait() {
    AttemptWindow w = new AttemptWindow(1, Duration.ofMinutes(1));
    w.tryAttempt(T0);
    for (int i = 1; i < 50; i++) {
      w.tryAttempt(T0.plusSeconds(i));
    }

    assertEquals(Optional.empty(), w.tryAttempt(T0.plusSeconds(61)));
  }

  @Test
  void aWindowWithNothingLeftIsIdle() {
    AttemptWindow w = new AttemptWindow(2, Duration.ofMinutes(1));
    w.tryAttempt(T0);

    assertFalse(w.isIdle(T0.plusSeconds(59)));
    assertTrue(w.isIdle(T0.plusSeconds(60)));
    assertThrows(IllegalArgumentException.class, () -> new AttemptWindow(0, Duration.ofMinutes(1)));
  }
}
