package org.kumiai.service.mealplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.mealplan.AcademicYear;
import org.kumiai.domain.mealplan.MealCap;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.mealplan.MealPlan;
import org.kumiai.domain.mealplan.MealPlanHolding;
import org.kumiai.domain.mealplan.MealPlanRepository;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.LedgerAccount;

/**
 * What of the MEAL purse a cafeteria payment may use at a moment: the plan the wallet holds for
 * that day's academic year, its cap for the day and what the day has used. A wallet that has never
 * held a plan has no cap (MEAL credited without one spends freely); one whose plans are all of
 * other years gets none of MEAL.
 */
@ApplicationScoped
public class MealCaps {

  @Inject private MealPlanRepository plans;

  /** A day's allowance: the plan, the day, used and still available. */
  public record Allowance(MealPlan plan, MealDay day, Yen used, Yen remaining) {}

  /** Empty when the wallet holds no plan at all (no cap); otherwise today's allowance. */
  public Optional<Allowance> at(Coop coop, LedgerAccount meal, Instant t) {
    long walletId = meal.walletId();
    var held = plans.holdings(walletId);
    if (held.isEmpty()) {
      return Optional.empty();
    }
    MealDay probe = MealDay.of(t, coop.mealDayStartHour(), LocalTime.MIDNIGHT);
    int year = AcademicYear.of(probe.date());
    Optional<MealPlan> plan =
        held.stream()
            .filter(h -> h.academicYear() == year)
            .map(MealPlanHolding::planId)
            .findFirst()
            .flatMap(plans::find);
    if (plan.isEmpty()) {
      return Optional.of(new Allowance(null, probe, Yen.ZERO, Yen.ZERO));
    }
    MealDay day = MealDay.of(t, coop.mealDayStartHour(), plan.get().breakfastUntil());
    Yen used = Yen.of(plans.mealUsed(meal.id(), day.start(), day.end()));
    boolean breakfast =
        day.atBreakfast(t) || plans.mealUsed(meal.id(), day.start(), day.breakfastEnd()) > 0;
    return Optional.of(
        new Allowance(plan.get(), day, used, MealCap.remaining(plan.get(), day, used, breakfast)));
  }
}
