package org.kumiai.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * At most {@code limit} attempts in any sliding {@code window} from one source (an IP address),
 * whichever accounts they aim at: the per-account lock-out cannot see one address trying many
 * accounts. Not thread-safe; its owner serialises access.
 */
public final class AttemptWindow {

  private final int limit;
  private final Duration window;
  private final Deque<Instant> attempts = new ArrayDeque<>();

  public AttemptWindow(int limit, Duration window) {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A positive limit and window are needed");
    }
    this.limit = limit;
    this.window = window;
  }

  /**
   * Counts an attempt; empty if allowed, else when the next one will be. Refused ones don't count.
   */
  public Optional<Instant> tryAttempt(Instant now) {
    forgetBefore(now.minus(window));
    if (attempts.size() >= limit) {
      return Optional.of(attempts.peekFirst().plus(window));
    }
    attempts.addLast(now);
    return Optional.empty();
  }

  /** Whether nothing in the window remains, so the owner can drop this window. */
  public boolean isIdle(Instant now) {
    forgetBefore(now.minus(window));
    return attempts.isEmpty();
  }

  private void forgetBefore(Instant start) {
    while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(start)) {
      attempts.removeFirst();
    }
  }
}
