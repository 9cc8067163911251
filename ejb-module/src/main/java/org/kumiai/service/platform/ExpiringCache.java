package org.kumiai.service.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values read on every register request and written rarely, kept for a fixed time. Only found
 * values are kept: a key that is not there yet (a register issued a moment ago) is read again next
 * time. Two threads may load one key at once; both read the same row, so the last write wins
 * harmlessly.
 */
public final class ExpiringCache<K, V> {

  private record Entry<V>(V value, long until) {}

  private final long ttlNanos;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  public ExpiringCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  public Optional<V> find(K key, Supplier<Optional<V>> load) {
    long now = System.nanoTime();
    Entry<V> e = entries.get(key);
    if (e != null && e.until - now >= 0) {
      return Optional.of(e.value);
    }
    Optional<V> loaded = load.get();
    loaded.ifPresent(v -> entries.put(key, new Entry<>(v, now + ttlNanos)));
    return loaded;
  }

  public void forget(K key) {
    entries.remove(key);
  }
}
