package org.kumiai.domain.coop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of opening on a weekday. A period whose closing time is not after its opening time
 * passes midnight (a late-night cafeteria open 18:00–02:00); it belongs to the day it starts on, so
 * a closure on that day cancels all of it.
 */
@Embeddable
public class OpeningPeriod {

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 9)
  private DayOfWeek day;

  @Column(name = "opens", nullable = false)
  private LocalTime opens;

  @Column(name = "closes", nullable = false)
  private LocalTime closes;

  protected OpeningPeriod() {}

  public OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {
    this.day = Objects.requireNonNull(day, "day");
    this.opens = Objects.requireNonNull(opens, "opens");
    this.closes = Objects.requireNonNull(closes, "closes");
  }

  public DayOfWeek day() {
    return day;
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  public boolean passesMidnight() {
    return !closes.isAfter(opens);
  }

  LocalDateTime startOn(LocalDate date) {
    return date.atTime(opens);
  }

  LocalDateTime endOn(LocalDate date) {
    return passesMidnight() ? date.plusDays(1).atTime(closes) : date.atTime(closes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpeningPeriod other
        && day == other.day
        && opens.equals(other.opens)
        && closes.equals(other.closes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, opens, closes);
  }

  @Override
  public String toString() {
    return day + " " + opens + "-" + closes;
  }
}
