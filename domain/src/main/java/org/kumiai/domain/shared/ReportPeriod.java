package org.kumiai.domain.shared;

import java.time.Instant;
import java.time.LocalDate;

/** The days [from, to] a staff report covers, Japan dates; at most a long academic year. */
public record ReportPeriod(LocalDate from, LocalDate to) {

  static final int MAX_DAYS = 400;

  /** Throws {@link InvalidValueException} naming {@code from} or {@code to}. */
  public static ReportPeriod of(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new InvalidValueException("from", "EMPTY");
    }
    if (to == null) {
      throw new InvalidValueException("to", "EMPTY");
    }
    if (outlandish(from)) {
      throw new InvalidValueException("from", "DATE");
    }
    if (outlandish(to)) {
      throw new InvalidValueException("to", "DATE");
    }
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", "BEFORE_FROM");
    }
    if (to.isAfter(from.plusDays(MAX_DAYS))) {
      throw new InvalidValueException("to", "PERIOD_TOO_LONG");
    }
    return new ReportPeriod(from, to);
  }

  /** Outside years 1900 to 9999, as date fields offer: ISO's six-digit years would overflow. */
  private static boolean outlandish(LocalDate day) {
    return day.getYear() < 1900 || day.getYear() > 9999;
  }

  /** The first instant of the period in Japan. */
  public Instant start() {
    return from.atStartOfDay(CoopTime.ZONE).toInstant();
  }

  /** The first instant after the period in Japan. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(CoopTime.ZONE).toInstant();
  }
}
