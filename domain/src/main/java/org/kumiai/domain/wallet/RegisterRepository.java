package org.kumiai.domain.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registers and the answers they were given. */
public interface RegisterRepository {

  void store(Register register);

  Optional<Register> findByPrefix(String keyPrefix);

  Optional<Register> find(long id);

  List<Register> ofStores(List<String> storeCodes);

  Optional<IdempotencyRecord> findAnswer(long registerId, String key);

  /** Written and flushed at once, so a concurrent request with the same key waits on it. */
  void claim(IdempotencyRecord record);

  /** Drops answers older than {@code before}; returns how many. */
  int forgetAnswers(Instant before);
}
