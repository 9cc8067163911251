package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Registers by key prefix, kept a minute so a busy register does not read its row on every payment.
 * A revocation forgets the entry here at once; other server instances see it within the minute.
 */
@ApplicationScoped
class RegisterKeyCache {

  private static final Duration TTL = Duration.ofMinutes(1);

  private record Entry(Optional<RegisterView> register, long until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  Optional<RegisterView> lookup(String prefix, Supplier<Optional<RegisterView>> load) {
    long now = System.nanoTime();
    Entry e = entries.get(prefix);
    if (e == null || e.until - now < 0) {
      e = new Entry(load.get(), now + TTL.toNanos());
      if (e.register().isPresent()) {
        entries.put(prefix, e);
      }
    }
    return e.register();
  }

  void forget(String prefix) {
    entries.remove(prefix);
  }
}
