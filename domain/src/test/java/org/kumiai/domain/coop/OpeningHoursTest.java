package org.kumiai.domain.coop;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.LocalizedText;

class OpeningHoursTest {

  // 2026-11-23 is a Monday.
  private static final LocalDate MONDAY_23 = LocalDate.of(2026, 11, 23);

  private static Instant tokyo(LocalDate date, String time) {
    return LocalDateTime.of(date, LocalTime.parse(time)).atZone(CoopTime.ZONE).toInstant();
  }

  private static OpeningPeriod period(java.time.DayOfWeek day, String opens, String closes) {
    return new OpeningPeriod(day, LocalTime.parse(opens), LocalTime.parse(closes));
  }

  private static OpeningHours hours(List<OpeningPeriod> periods, List<Closure> closures) {
    return new OpeningHours(periods, closures, CoopTime.ZONE);
  }

  private static Closure closure(LocalDate first, LocalDate last) {
    return new Closure(first, last, new LocalizedText("臨時休業", "Closed"));
  }

  @Test
  void openFromOpeningTimeUpToButNotIncludingClosingTime() {
    OpeningHours h = hours(List.of(period(MONDAY, "10:00", "18:00")), List.of());

    assertFalse(h.isOpenAt(tokyo(MONDAY_23, "09:59:59")));
    assertTrue(h.isOpenAt(tokyo(MONDAY_23, "10:00")));
    assertTrue(h.isOpenAt(tokyo(MONDAY_23, "17:59:59")));
    assertFalse(h.isOpenAt(tokyo(MONDAY_23, "18:00")));
    assertFalse(h.isOpenAt(tokyo(MONDAY_23.plusDays(1), "12:00")));
  }

  @Test
  void decidesInTokyoTimeWhateverTheInstantsZone() {
    OpeningHours h = hours(List.of(period(MONDAY, "10:00", "18:00")), List.of());

    // 01:30 UTC on Monday is 10:30 in Tokyo: open. 23:30 UTC Sunday is 08:30 Monday in Tokyo.
    assertTrue(h.isOpenAt(Instant.parse("2026-11-23T01:30:00Z")));
    assertFalse(h.isOpenAt(Instant.parse("2026-11-22T23:30:00Z")));
  }

  @Test
  void aPeriodPassingMidnightIsOpenInTheSmallHoursOfTheNextDay() {
    OpeningHours h = hours(List.of(period(FRIDAY, "18:00", "02:00")), List.of());
    LocalDate friday = MONDAY_23.plusDays(4);

    assertTrue(h.isOpenAt(tokyo(friday, "23:30")));
    assertTrue(h.isOpenAt(tokyo(friday.plusDays(1), "01:59")));
    assertFalse(h.isOpenAt(tokyo(friday.plusDays(1), "02:00")));
    assertFalse(h.isOpenAt(tokyo(friday, "01:00")), "Friday 01:00 belongs to Thursday");
  }

  @Test
  void aClosureOnTheStartingDayCancelsThePeriodPastMidnightToo() {
    LocalDate friday = MONDAY_23.plusDays(4);
    OpeningHours h =
        hours(
            List.of(period(FRIDAY, "18:00", "02:00"), period(SATURDAY, "11:00", "14:00")),
            List.of(closure(friday, friday)));

    assertFalse(h.isOpenAt(tokyo(friday, "20:00")));
    assertFalse(h.isOpenAt(tokyo(friday.plusDays(1), "01:00")));
    assertTrue(h.isOpenAt(tokyo(friday.plusDays(1), "12:00")), "Saturday is not closed");
  }

  @Test
  void aClosureOnTheNextDayDoesNotCutAPeriodStartedTheDayBefore() {
    LocalDate friday = MONDAY_23.plusDays(4);
    OpeningHours h =
        hours(
            List.of(period(FRIDAY, "18:00", "02:00")),
            List.of(closure(friday.plusDays(1), friday.plusDays(1))));

    assertTrue(h.isOpenAt(tokyo(friday.plusDays(1), "01:00")));
  }

  @Test
  void aMultiDayClosureCoversEveryDayBetweenItsEnds() {
    OpeningHours h =
        hours(
            List.of(period(MONDAY, "10:00", "18:00"), period(TUESDAY, "10:00", "18:00")),
            List.of(closure(MONDAY_23, MONDAY_23.plusDays(1))));

    assertFalse(h.isOpenAt(tokyo(MONDAY_23, "12:00")));
    assertFalse(h.isOpenAt(tokyo(MONDAY_23.plusDays(1), "12:00")));
    assertTrue(h.isOpenAt(tokyo(MONDAY_23.plusDays(7), "12:00")));
  }

  @Test
  void statusWhenOpenNamesTheClosingTime() {
    OpeningHours h = hours(List.of(period(MONDAY, "10:00", "18:00")), List.of());

    OpeningStatus status = h.statusAt(tokyo(MONDAY_23, "12:00"));

    assertTrue(status.open());
    assertEquals(Optional.of(tokyo(MONDAY_23, "18:00")), status.changesAt());
  }

  @Test
  void backToBackPeriodsReadAsOneOpening() {
    OpeningHours h =
        hours(
            List.of(period(MONDAY, "18:00", "00:00"), period(TUESDAY, "00:00", "02:00")),
            List.of());

    OpeningStatus status = h.statusAt(tokyo(MONDAY_23, "20:00"));

    assertEquals(Optional.of(tokyo(MONDAY_23.plusDays(1), "02:00")), status.changesAt());
  }

  @Test
  void statusWhenClosedNamesTheNextOpeningSkippingClosures() {
    OpeningHours h =
        hours(
            List.of(period(MONDAY, "10:00", "18:00"), period(TUESDAY, "10:00", "18:00")),
            List.of(closure(MONDAY_23.plusDays(1), MONDAY_23.plusDays(1))));

    OpeningStatus status = h.statusAt(tokyo(MONDAY_23, "19:00"));

    assertFalse(status.open());
    assertEquals(Optional.of(tokyo(MONDAY_23.plusDays(7), "10:00")), status.changesAt());
  }

  @Test
  void aStoreWithNoHoursIsClosedWithNoNextOpening() {
    OpeningStatus status = hours(List.of(), List.of()).statusAt(tokyo(MONDAY_23, "12:00"));

    assertFalse(status.open());
    assertTrue(status.changesAt().isEmpty());
  }

  @Test
  void upcomingClosuresLeaveOutThoseAlreadyOverAndComeSoonestFirst() {
    Closure past = closure(MONDAY_23.minusDays(10), MONDAY_23.minusDays(9));
    Closure later = closure(MONDAY_23.plusDays(30), MONDAY_23.plusDays(35));
    Closure current = closure(MONDAY_23.minusDays(1), MONDAY_23.plusDays(1));
    OpeningHours h = hours(List.of(), List.of(later, past, current));

    assertEquals(List.of(current, later), h.closuresFrom(MONDAY_23));
  }

  @Test
  void aClosureCannotEndBeforeItStarts() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> closure(MONDAY_23, MONDAY_23.minusDays(1)));
  }
}
