package org.kumiai.domain.coop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a store is open at an instant, and when that changes: the closing time when open, the
 * next opening when closed (empty when nothing opens within the look-ahead).
 */
public record OpeningStatus(boolean open, Optional<Instant> changesAt) {

  public OpeningStatus {
    Objects.requireNonNull(changesAt, "changesAt");
  }

  static OpeningStatus openUntil(Instant closing) {
    return new OpeningStatus(true, Optional.of(closing));
  }

  static OpeningStatus closedUntil(Optional<Instant> nextOpening) {
    return new OpeningStatus(false, nextOpening);
  }
}
