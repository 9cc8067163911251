package org.kumiai.service.identity;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.identity.AttemptWindow;

/**
 * Per-IP limit on sign-in, code and reset attempts, kept in this instance's memory: behind a load
 * balancer each instance counts its own share, which still stops one address from trying thousands
 * of accounts. The map is swept of idle addresses so it cannot grow without bound.
 */
@Singleton
@Lock(LockType.WRITE)
public class SignInRateLimit {

  private static final int SWEEP_EVERY = 1_000;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "kumiai.identity.ip-attempts", defaultValue = "30")
  int attempts;

  @Inject
  @ConfigProperty(name = "kumiai.identity.ip-window", defaultValue = "PT5M")
  String window;

  private final Map<String, AttemptWindow> windows = new HashMap<>();
  private int sinceSweep;

  /** Counts an attempt from {@code ip}; empty when allowed, else when it may try again. */
  public Optional<Instant> tryAttempt(String ip) {
    Instant now = clock.instant();
    if (++sinceSweep >= SWEEP_EVERY) {
      windows.values().removeIf(w -> w.isIdle(now));
      sinceSweep = 0;
    }
    String key = ip == null ? "unknown" : ip;
    return windows
        .computeIfAbsent(key, k -> new AttemptWindow(attempts, Duration.parse(window)))
        .tryAttempt(now);
  }
}
