package org.kumiai.domain.messaging;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential back-off for failed deliveries: 1, 2, 4 … minutes, at most an hour apart, and a last
 * attempt after which the message is given up so a dead address cannot retry forever.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

  public static final RetryPolicy STANDARD =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);

  public RetryPolicy {
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("Delays must be positive and max >= first");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt");
    }
  }

  /** The wait before the next try after {@code failedAttempts} failures; empty to give up. */
  public Optional<Duration> delayAfter(int failedAttempts) {
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(failedAttempts - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << Math.max(doublings, 0));
    return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }
}
