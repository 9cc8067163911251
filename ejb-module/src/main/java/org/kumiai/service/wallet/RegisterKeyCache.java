package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.kumiai.service.platform.ExpiringCache;

/**
 * Registers by key prefix, kept a minute so a busy register does not read its row on every payment.
 * A revocation forgets the entry here at once; other server instances see it within the minute.
 */
@ApplicationScoped
class RegisterKeyCache {

  private final ExpiringCache<String, RegisterView> registers =
      new ExpiringCache<>(Duration.ofMinutes(1));

  Optional<RegisterView> lookup(String prefix, Supplier<Optional<RegisterView>> load) {
    return registers.find(prefix, load);
  }

  void forget(String prefix) {
    registers.forget(prefix);
  }
}
