package org.kumiai.service.coop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;

/**
 * Stores with their co-ops by code, kept a minute, for the register API: reading a store is four
 * queries (the store, its hours, its closures, its co-op) and every payment needs one. Stores and
 * co-ops are written by migrations and the demo data only; a change made outside this server is
 * seen within the minute. What is kept is read-only: the co-op's rules and the store's code and
 * kind.
 */
@ApplicationScoped
public class StoreCache {

  private static final Duration TTL = Duration.ofMinutes(1);

  private record Entry(Store store, long until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Inject private CoopRepository coops;

  /** Must be called in a transaction the first time, as any read of the repository. */
  public Optional<Store> find(String code) {
    long now = System.nanoTime();
    Entry e = entries.get(code);
    if (e != null && e.until - now >= 0) {
      return Optional.of(e.store);
    }
    Optional<Store> store = coops.findStore(code);
    store.ifPresent(
        s -> {
          // Loaded now, while the transaction is open: the cached store outlives it.
          s.coop().code();
          entries.put(code, new Entry(s, now + TTL.toNanos()));
        });
    return store;
  }
}
