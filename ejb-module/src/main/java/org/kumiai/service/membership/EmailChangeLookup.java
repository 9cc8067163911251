package org.kumiai.service.membership;

import java.time.Instant;
import java.util.Optional;

/** The answer to "which membership is this": found, not found (either reason), or wait. */
public record EmailChangeLookup(Optional<EmailChangeTarget> target, Optional<Instant> retryAt) {

  static EmailChangeLookup found(EmailChangeTarget target) {
    return new EmailChangeLookup(Optional.of(target), Optional.empty());
  }

  static EmailChangeLookup notFound() {
    return new EmailChangeLookup(Optional.empty(), Optional.empty());
  }

  static EmailChangeLookup limited(Instant retryAt) {
    return new EmailChangeLookup(Optional.empty(), Optional.of(retryAt));
  }
}
