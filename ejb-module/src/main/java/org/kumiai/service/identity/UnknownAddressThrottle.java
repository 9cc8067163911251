package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.identity.LockoutPolicy;
import org.kumiai.domain.identity.SignInThrottle;

/**
 * Failed sign-ins to addresses that have no account (or no password yet), counted as an account's
 * are, so that the fifth wrong try answers "locked" for them too: "locked" for an existing address
 * and "wrong" for ever for an unknown one told which addresses have accounts. Kept in memory, each
 * instance of a cluster counting its own, for at most {@value #KEPT} addresses, the longest idle
 * forgotten first.
 */
@ApplicationScoped
class UnknownAddressThrottle {

  private static final int KEPT = 10_000;

  private final Map<String, SignInThrottle> throttles =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SignInThrottle> eldest) {
          return size() > KEPT;
        }
      };

  synchronized Optional<Instant> lockedUntil(String address, Instant now) {
    SignInThrottle throttle = throttles.get(address);
    return throttle == null ? Optional.empty() : throttle.lockedUntil(now);
  }

  /** Counts a wrong password for the address; returns the new wait's end, if any. */
  synchronized Optional<Instant> recordFailure(String address, Instant now) {
    return throttles
        .computeIfAbsent(address, a -> new SignInThrottle())
        .recordFailure(now, LockoutPolicy.STANDARD);
  }
}
