package org.kumiai.e2e.coop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kumiai.e2e.JsonDoc;

/**
 * The tests' own reading of "open now", from a store's API weekly hours and closures: a period
 * passing midnight belongs to the day it starts on, a closure on that day cancels it, and the next
 * opening is looked for over the coming 31 days. Closures that already ended are not in the API, so
 * an overnight period cancelled by a closure that ended yesterday would read differently; the demo
 * data has none.
 */
record OpeningModel(List<Period> periods, List<Days> closures) {

  record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {
    boolean passesMidnight() {
      return !closes.isAfter(opens);
    }

    LocalDateTime startOn(LocalDate date) {
      return date.atTime(opens);
    }

    LocalDateTime endOn(LocalDate date) {
      return passesMidnight() ? date.plusDays(1).atTime(closes) : date.atTime(closes);
    }
  }

  record Days(LocalDate first, LocalDate last) {
    boolean covers(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
  }

  /** Open, and until when; or closed, and from when (empty: nothing within 31 days). */
  record Status(boolean open, Optional<LocalDateTime> changesAt) {}

  static OpeningModel of(JsonDoc store) {
    List<Period> periods =
        store.getArray("weeklyHours").stream()
            .map(
                p ->
                    new Period(
                        DayOfWeek.valueOf(p.getString("day")),
                        LocalTime.parse(p.getString("opens")),
                        LocalTime.parse(p.getString("closes"))))
            .toList();
    List<Days> closures =
        store.getArray("closures").stream()
            .map(
                c ->
                    new Days(
                        LocalDate.parse(c.getString("firstDay")),
                        LocalDate.parse(c.getString("lastDay"))))
            .toList();
    return new OpeningModel(periods, closures);
  }

  Status statusAt(LocalDateTime now) {
    Optional<LocalDateTime> end = Optional.empty();
    LocalDateTime probe = now;
    for (int guard = 0; guard < 14; guard++) {
      Optional<LocalDateTime> next = endOfPeriodCovering(probe);
      if (next.isEmpty()) {
        break;
      }
      end = next;
      probe = next.get();
    }
    if (end.isPresent()) {
      return new Status(true, end);
    }
    for (int i = 0; i <= 31; i++) {
      LocalDate date = now.toLocalDate().plusDays(i);
      if (closedOn(date)) {
        continue;
      }
      Optional<LocalDateTime> start =
          on(date)
              .map(p -> p.startOn(date))
              .filter(s -> s.isAfter(now))
              .min(Comparator.naturalOrder());
      if (start.isPresent()) {
        return new Status(false, start);
      }
    }
    return new Status(false, Optional.empty());
  }

  private Optional<LocalDateTime> endOfPeriodCovering(LocalDateTime t) {
    return Stream.of(t.toLocalDate().minusDays(1), t.toLocalDate())
        .filter(date -> !closedOn(date))
        .flatMap(
            date ->
                on(date)
                    .filter(p -> !t.isBefore(p.startOn(date)) && t.isBefore(p.endOn(date)))
                    .map(p -> p.endOn(date)))
        .max(Comparator.naturalOrder());
  }

  private boolean closedOn(LocalDate date) {
    return closures.stream().anyMatch(c -> c.covers(date));
  }

  private Stream<Period> on(LocalDate date) {
    return periods.stream().filter(p -> p.day() == date.getDayOfWeek());
  }
}
