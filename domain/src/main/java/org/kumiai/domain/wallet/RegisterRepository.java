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

  /**
   * Written at commit with the work it answers for; a concurrent request's record with the same key
   * collides with it there and that whole transaction rolls back.
   */
  void remember(IdempotencyRecord record);

  /** Drops answers older than {@code before}; returns how many. */
  int forgetAnswers(Instant before);
}
