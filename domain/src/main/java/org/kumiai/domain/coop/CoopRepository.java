package org.kumiai.domain.coop;

import java.util.List;
import java.util.Optional;

/** Federations, co-ops and their stores. */
public interface CoopRepository {

  Optional<Federation> findFederation(String code);

  Optional<Coop> findCoop(String code);

  default Coop getCoop(String code) {
    return findCoop(code).orElseThrow(() -> new CoopNotFoundException(code));
  }

  /**
   * The co-op locked until the transaction ends: what changes many of its members at once (an
   * import) takes it so two such changes run one after the other.
   */
  Coop getCoopForUpdate(String code);

  /** Every co-op, in the order of their codes. */
  List<Coop> coops();

  Optional<Store> findStore(String code);

  /** A co-op's stores, by code. */
  List<Store> storesOf(Coop coop);

  void store(Federation federation);

  void store(Coop coop);

  void store(Store store);
}
