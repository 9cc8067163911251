package org.kumiai.domain.identity;

import java.time.Duration;

/**
 * Keycloak's brute-force model: after {@code threshold} consecutive failures every further one
 * makes the account wait {@code increment} longer, up to {@code maxWait}; the count is forgotten
 * after {@code resetAfter} without failures. Never a permanent lock: anyone who knows an email
 * could otherwise lock its owner out for good.
 */
public record LockoutPolicy(
    int threshold, Duration increment, Duration maxWait, Duration resetAfter) {

  public static final LockoutPolicy STANDARD =
      new LockoutPolicy(5, Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofHours(12));

  public LockoutPolicy {
    if (threshold < 1 || increment.isNegative() || increment.isZero()) {
      throw new IllegalArgumentException("A positive threshold and increment are needed");
    }
    if (maxWait.compareTo(increment) < 0 || resetAfter.isNegative()) {
      throw new IllegalArgumentException("maxWait must be at least one increment");
    }
  }

  /** How long to wait after the {@code failures}-th consecutive failure. */
  public Duration waitAfter(int failures) {
    if (failures < threshold) {
      return Duration.ZERO;
    }
    long steps = (long) failures - threshold + 1;
    Duration wait = increment.multipliedBy(Math.min(steps, 1_000_000L));
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }
}
