package org.kumiai.domain.coop;

import java.util.List;
import java.util.Optional;

/** Federations, co-ops and their stores. */
public interface CoopRepository {

  Optional<Federation> findFederation(String code);

  Optional<Coop> findCoop(String code);

  /** The co-op with its row locked until the transaction ends, for a change of its rules. */
  Optional<Coop> findCoopForUpdate(String code);

  default Coop getCoop(String code) {
    return findCoop(code).orElseThrow(() -> new CoopNotFoundException(code));
  }

  /**
   * Locks the co-op's federation row until the transaction ends, so that changes to many members at
   * once (imports) run one after the other. Not the co-op's own row: every insert that refers to a
   * co-op takes a key-share lock on it in PostgreSQL, so locking it would stop payments.
   */
  void lockFederationOf(String coopCode);

  /** Every co-op, in the order of their codes. */
  List<Coop> coops();

  Optional<Store> findStore(String code);

  /** A co-op's stores, by code. */
  List<Store> storesOf(Coop coop);

  void store(Federation federation);

  void store(Coop coop);

  void store(Store store);
}
