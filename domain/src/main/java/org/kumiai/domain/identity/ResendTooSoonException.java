package org.kumiai.domain.identity;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** A new code was asked for before the cool-down of the last one ended. */
@ApplicationException(rollback = true)
public class ResendTooSoonException extends RuntimeException {

  private final Instant retryAt;

  public ResendTooSoonException(Instant retryAt) {
    super("A new code can be sent from " + retryAt);
    this.retryAt = retryAt;
  }

  public Instant retryAt() {
    return retryAt;
  }
}
