package org.kumiai.web.coop;

import java.time.DayOfWeek;
import java.util.List;
import org.kumiai.domain.coop.OpeningPeriod;
import org.kumiai.service.coop.StoreView;

/** A store on the directory page, with its week laid out Monday to Sunday. */
public record StoreCard(StoreView store, List<DayHours> week) {

  /** One weekday's periods; empty means closed that day. */
  public record DayHours(DayOfWeek day, List<OpeningPeriod> periods) {

    public boolean isClosed() {
      return periods.isEmpty();
    }
  }

  static StoreCard of(StoreView store) {
    List<DayHours> week =
        java.util.Arrays.stream(DayOfWeek.values())
            .map(
                day ->
                    new DayHours(
                        day, store.weeklyPeriods().stream().filter(p -> p.day() == day).toList()))
            .toList();
    return new StoreCard(store, week);
  }
}
