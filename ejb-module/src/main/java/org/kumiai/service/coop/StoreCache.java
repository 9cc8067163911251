package org.kumiai.service.coop;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.service.platform.ExpiringCache;

/**
 * Stores with their co-ops by code, kept a minute, for the register API: reading a store is four
 * queries (the store, its hours, its closures, its co-op) and every payment needs one. Stores are
 * written by migrations and the demo data only, a co-op's e-money rules also by its staff ({@link
 * CoopRules}, which forgets the co-op's stores here); a change made on another server is seen
 * within the minute. What is kept is read-only: the co-op's rules and the store's code and kind.
 */
@ApplicationScoped
public class StoreCache {

  private final ExpiringCache<String, Store> stores = new ExpiringCache<>(Duration.ofMinutes(1));

  @Inject private CoopRepository coops;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  /** Must be called in a transaction the first time, as any read of the repository. */
  public Optional<Store> find(String code) {
    return stores.find(
        code,
        () -> {
          Optional<Store> store = coops.findStore(code);
          // Loaded now, while the transaction is open: the cached store outlives it.
          store.ifPresent(s -> s.coop().code());
          return store;
        });
  }

  /**
   * The next payment at this store reads it, and its co-op's rules, again. Forgotten now and again
   * once the caller's transaction has ended: a payment read between the change and its commit still
   * sees the old rules, and would otherwise keep them for the minute.
   */
  public void forget(String code) {
    stores.forget(code);
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              stores.forget(code);
            }
          });
    }
  }
}
