package org.kumiai.service.coop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.OpeningHours;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.shared.CoopTime;

/** The public store directory: which co-ops there are, their stores and whether each is open. */
@Stateless
public class StoreDirectory {

  @Inject private CoopRepository coops;
  @Inject private Clock clock;

  public List<CoopView> coops() {
    return coops.coops().stream().map(CoopView::of).toList();
  }

  public Optional<CoopView> findCoop(String code) {
    return coops.findCoop(code).map(CoopView::of);
  }

  /** The co-op's stores as they stand now; throws CoopNotFoundException for an unknown code. */
  public List<StoreView> storesOf(String coopCode) {
    return storesOf(coopCode, clock.instant());
  }

  public List<StoreView> storesOf(String coopCode, Instant at) {
    Coop coop = coops.getCoop(coopCode);
    LocalDate today = LocalDate.ofInstant(at, CoopTime.ZONE);
    return coops.storesOf(coop).stream()
        .sorted(Comparator.comparing(Store::kind).thenComparing(Store::code))
        .map(store -> view(store, at, today))
        .toList();
  }

  private static StoreView view(Store store, Instant at, LocalDate today) {
    OpeningHours hours = store.hours();
    return new StoreView(
        store.code(),
        store.kind(),
        store.name(),
        store.location(),
        store.phone(),
        hours.statusAt(at),
        store.weeklyPeriods(),
        hours.closuresFrom(today));
  }
}
