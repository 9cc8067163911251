package org.kumiai.domain.mealplan;

import java.time.LocalDate;

/** The Japanese academic year (年度), April to March, named by the year it begins in. */
public final class AcademicYear {

  private AcademicYear() {}

  public static int of(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }
}
