package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.kumiai.domain.mealplan.DietaryProfile;
import org.kumiai.domain.mealplan.Nutrition;

/**
 * A member's cafeteria month: each day they ate, what it cost (after refunds) and what it held,
 * against the daily targets of their profile.
 */
public record CafeteriaMonth(
    YearMonth month, List<Day> days, DietaryProfile profile, DietaryProfile.DailyTargets targets)
    implements Serializable {

  /** A day with at least one cafeteria payment not refunded in full. */
  public record Day(LocalDate date, int payments, long spend, Nutrition nutrition)
      implements Serializable {}

  public long spend() {
    return days.stream().mapToLong(Day::spend).sum();
  }

  public long energyKcal() {
    return days.stream().mapToLong(d -> d.nutrition().energyKcal()).sum();
  }

  /** The month's nutrition over the days eaten. */
  public Nutrition total() {
    return days.stream().map(Day::nutrition).reduce(Nutrition.NONE, Nutrition::plus);
  }
}
