package org.kumiai.domain.coop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule for "is it open": weekly periods less special closures, read in the co-op's zone. Japan
 * keeps no daylight saving, so local date-time arithmetic in that zone is exact.
 */
public final class OpeningHours {

  /** How far ahead "next opening" looks: a closure longer than this reads as "closed". */
  static final int LOOK_AHEAD_DAYS = 31;

  private final List<OpeningPeriod> periods;
  private final List<Closure> closures;
  private final ZoneId zone;

  public OpeningHours(List<OpeningPeriod> periods, List<Closure> closures, ZoneId zone) {
    this.periods = List.copyOf(periods);
    this.closures = List.copyOf(closures);
    this.zone = zone;
  }

  public boolean isOpenAt(Instant instant) {
    return statusAt(instant).open();
  }

  public OpeningStatus statusAt(Instant instant) {
    LocalDateTime now = LocalDateTime.ofInstant(instant, zone);
    Optional<LocalDateTime> end = endOfOpeningCovering(now);
    if (end.isPresent()) {
      return OpeningStatus.openUntil(end.get().atZone(zone).toInstant());
    }
    return OpeningStatus.closedUntil(nextOpeningAfter(now).map(t -> t.atZone(zone).toInstant()));
  }

  public boolean isClosedOn(LocalDate date) {
    return closures.stream().anyMatch(c -> c.covers(date));
  }

  /** Closures that have not yet ended on {@code today}, soonest first. */
  public List<Closure> closuresFrom(LocalDate today) {
    return closures.stream()
        .filter(c -> !c.endsBefore(today))
        .sorted(Comparator.comparing(Closure::firstDay))
        .toList();
  }

  private Optional<LocalDateTime> endOfOpeningCovering(LocalDateTime t) {
    Optional<LocalDateTime> end = Optional.empty();
    LocalDateTime probe = t;
    // Back-to-back periods (Mon 18:00–24:00 then Tue 00:00–02:00) read as one opening.
    for (int guard = 0; guard < 14; guard++) {
      Optional<LocalDateTime> next = endOfPeriodCovering(probe);
      if (next.isEmpty()) {
        break;
      }
      end = next;
      probe = next.get();
    }
    return end;
  }

  private Optional<LocalDateTime> endOfPeriodCovering(LocalDateTime t) {
    return Stream.of(t.toLocalDate().minusDays(1), t.toLocalDate())
        .filter(date -> !isClosedOn(date))
        .flatMap(
            date ->
                periodsOn(date)
                    .filter(p -> !t.isBefore(p.startOn(date)) && t.isBefore(p.endOn(date)))
                    .map(p -> p.endOn(date)))
        .max(Comparator.naturalOrder());
  }

  private Optional<LocalDateTime> nextOpeningAfter(LocalDateTime t) {
    for (int i = 0; i <= LOOK_AHEAD_DAYS; i++) {
      LocalDate date = t.toLocalDate().plusDays(i);
      if (isClosedOn(date)) {
        continue;
      }
      Optional<LocalDateTime> start =
          periodsOn(date)
              .map(p -> p.startOn(date))
              .filter(s -> s.isAfter(t))
              .min(Comparator.naturalOrder());
      if (start.isPresent()) {
        return start;
      }
    }
    return Optional.empty();
  }

  private Stream<OpeningPeriod> periodsOn(LocalDate date) {
    return periods.stream().filter(p -> p.day() == date.getDayOfWeek());
  }
}
