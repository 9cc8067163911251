package org.kumiai.service.membership;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to "which membership is this", asked by number and date of birth: found, not found (an
 * unknown number and a wrong date answer alike), or wait.
 */
public record MemberLookup(Optional<MemberTarget> target, Optional<Instant> retryAt) {

  static MemberLookup found(MemberTarget target) {
    return new MemberLookup(Optional.of(target), Optional.empty());
  }

  static MemberLookup notFound() {
    return new MemberLookup(Optional.empty(), Optional.empty());
  }

  static MemberLookup limited(Instant retryAt) {
    return new MemberLookup(Optional.empty(), Optional.of(retryAt));
  }
}
