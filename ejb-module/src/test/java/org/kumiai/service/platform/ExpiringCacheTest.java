package org.kumiai.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

  private final AtomicInteger loads = new AtomicInteger();

  private Optional<String> load(String value) {
    loads.incrementAndGet();
    return Optional.ofNullable(value);
  }

  @Test
  void aFoundValueIsKeptForItsTime() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
    assertEquals(Optional.of("hokuto"), cache.find("HK", () -> load("hokuto")));
    assertEquals(Optional.of("hokuto"), cache.find("HK", () -> load("changed")));
    assertEquals(1, loads.get());
  }

  @Test
  void aMissingValueIsReadAgainNextTime() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
    assertEquals(Optional.empty(), cache.find("HK", () -> load(null)));
    assertEquals(Optional.of("issued"), cache.find("HK", () -> load("issued")));
    assertEquals(2, loads.get());
  }

  @Test
  void aForgottenValueIsReadAgain() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(1));
    cache.find("HK", () -> load("live"));
    cache.forget("HK");
    assertEquals(Optional.of("revoked"), cache.find("HK", () -> load("revoked")));
    assertEquals(2, loads.get());
  }

  @Test
  void anExpiredValueIsReadAgain() throws InterruptedException {
    ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMillis(1));
    cache.find("HK", () -> load("old"));
    Thread.sleep(5);
    assertEquals(Optional.of("new"), cache.find("HK", () -> load("new")));
    assertEquals(2, loads.get());
  }
}
