package org.kumiai.domain.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registers and the answers they were given. */
public interface RegisterRepository {

  void store(Register register);

  /**
   * Stores a new register, or returns false when its code was taken at its store since the caller
   * looked (two staff issuing one register at the same moment). The transaction is then to be
   * rolled back.
   */
  boolean storeIfFree(Register register);

  /** The register, locked until the transaction ends. */
  Optional<Register> findForUpdate(long id);

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
