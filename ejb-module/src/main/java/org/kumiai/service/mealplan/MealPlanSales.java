package org.kumiai.service.mealplan;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.kumiai.domain.mealplan.AcademicYear;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.mealplan.MealPlan;
import org.kumiai.domain.mealplan.MealPlanHolding;
import org.kumiai.domain.mealplan.MealPlanRepository;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.Wallet;

/**
 * Records that a wallet holds a plan, whoever sold it — the counter, the portal, or the enrollment
 * whose prepaid MEAL was credited at activation. One plan per wallet and academic year; the caller
 * holds the wallet's lock, so two sales of one year cannot both pass the check.
 */
@Dependent
public class MealPlanSales {

  @Inject private MealPlanRepository plans;

  /** Throws {@link InvalidValueException} on {@code plan} when the year's plan is already held. */
  public void checkNotHeld(Wallet wallet, MealPlan plan) {
    if (!plan.coopCode().equals(wallet.coopCode())) {
      throw new InvalidValueException("plan", "OTHER_COOP");
    }
    if (plans.holding(wallet.id(), plan.academicYear()).isPresent()) {
      throw new InvalidValueException("plan", "ALREADY_HELD");
    }
  }

  public void hold(
      Wallet wallet,
      MealPlan plan,
      MealPlanHolding.Source source,
      long transactionId,
      Instant now,
      String by) {
    checkNotHeld(wallet, plan);
    plans.store(new MealPlanHolding(wallet.id(), plan, source, transactionId, now, by));
  }

  /**
   * The co-op's plan an enrollment's prepaid MEAL buys: the one of the current academic year (the
   * first by code when there are several), if the co-op defined one.
   */
  public Optional<MealPlan> enrollmentPlan(String coopCode, Instant now) {
    LocalDate today = now.atZone(MealDay.JAPAN).toLocalDate();
    int year = AcademicYear.of(today);
    return plans.plansOf(coopCode).stream()
        .filter(p -> p.academicYear() == year || p.academicYear() == year + 1)
        .filter(p -> !today.isAfter(p.validTo()))
        .reduce((a, b) -> a.academicYear() <= b.academicYear() ? a : b);
  }
}
