package org.kumiai.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** An account's run of failed sign-ins and the wait it has earned. */
@Embeddable
public class SignInThrottle {

  @Column(name = "failed_sign_ins", nullable = false)
  private int failures;

  @Column(name = "last_failed_sign_in")
  private Instant lastFailure;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /** Until when sign-in is refused without looking at the password; empty when it is allowed. */
  public Optional<Instant> lockedUntil(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  /** Counts a wrong password or code; returns the new wait's end, if any. */
  public Optional<Instant> recordFailure(Instant at, LockoutPolicy policy) {
    // The database keeps microseconds; the same precision here keeps read-back values equal.
    Instant now = at.truncatedTo(ChronoUnit.MICROS);
    if (lastFailure != null && !now.isBefore(lastFailure.plus(policy.resetAfter()))) {
      failures = 0;
    }
    failures++;
    lastFailure = now;
    var wait = policy.waitAfter(failures);
    lockedUntil = wait.isZero() ? null : now.plus(wait);
    return Optional.ofNullable(lockedUntil);
  }

  public void recordSuccess() {
    failures = 0;
    lastFailure = null;
    lockedUntil = null;
  }

  public int failures() {
    return failures;
  }
}
