package org.kumiai.web.shell;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A day or a month as typed in a field or an address, in ISO form, of the years 1900 to 9999 that
 * date fields offer: ISO's signed six-digit years (+999999999-12-31) would overflow the next day's
 * arithmetic and the database's timestamps. Anything else is a {@link DateTimeParseException}, as
 * an unreadable text is.
 */
public final class TypedDate {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;

  private TypedDate() {}

  public static LocalDate day(String typed) {
    LocalDate day = LocalDate.parse(typed.strip());
    check(day.getYear(), typed);
    return day;
  }

  public static YearMonth month(String typed) {
    YearMonth month = YearMonth.parse(typed.strip());
    check(month.getYear(), typed);
    return month;
  }

  private static void check(int year, String typed) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateTimeParseException("Year outside " + FIRST_YEAR + "-" + LAST_YEAR, typed, 0);
    }
  }
}
