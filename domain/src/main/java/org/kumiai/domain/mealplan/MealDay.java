package org.kumiai.domain.mealplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A cafeteria day of a co-op: from its start hour (Japan time) to the same hour the next day, so a
 * payment at 01:00 belongs to the day before when days start at 04:00; breakfast runs from the
 * start to the plan's breakfast hour.
 */
public record MealDay(LocalDate date, Instant start, Instant end, Instant breakfastEnd) {

  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  public static MealDay of(Instant t, int startHour, LocalTime breakfastUntil) {
    LocalDate date = t.atZone(JAPAN).minusHours(startHour).toLocalDate();
    Instant start = startOf(date, startHour);
    Instant end = startOf(date.plusDays(1), startHour);
    Instant breakfastEnd = date.atTime(breakfastUntil).atZone(JAPAN).toInstant();
    return new MealDay(date, start, end, breakfastEnd.isBefore(start) ? start : breakfastEnd);
  }

  /** When the cafeteria day {@code date} begins, for days starting at {@code startHour}. */
  public static Instant startOf(LocalDate date, int startHour) {
    return date.atTime(startHour, 0).atZone(JAPAN).toInstant();
  }

  public boolean atBreakfast(Instant t) {
    return !t.isBefore(start) && t.isBefore(breakfastEnd);
  }
}
