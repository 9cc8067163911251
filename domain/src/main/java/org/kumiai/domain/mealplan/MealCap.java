package org.kumiai.domain.mealplan;

import org.kumiai.domain.shared.Yen;

/**
 * How much of the MEAL purse a cafeteria day may still use: nothing on a day the plan does not
 * serve; otherwise the daily cap, plus the breakfast bonus once the plan is used at breakfast that
 * day, less what the day has used (net of refunds). Pure arithmetic, so every rule is a unit test.
 */
public final class MealCap {

  private MealCap() {}

  public static Yen remaining(MealPlan plan, MealDay day, Yen usedToday, boolean breakfastTaken) {
    if (!plan.serves(day.date())) {
      return Yen.ZERO;
    }
    long cap = plan.dailyCap().value();
    if (breakfastTaken) {
      cap += plan.breakfastBonus().map(Yen::value).orElse(0L);
    }
    return Yen.of(Math.max(0, cap - usedToday.value()));
  }
}
