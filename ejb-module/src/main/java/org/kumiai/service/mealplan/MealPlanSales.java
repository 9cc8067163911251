package org.kumiai.service.mealplan;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
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

  /** The co-op's plan an enrollment's prepaid MEAL buys ({@link MealPlan#boughtAtEnrollment}). */
  public Optional<MealPlan> enrollmentPlan(String coopCode, Instant now) {
    return MealPlan.boughtAtEnrollment(
        plans.plansOf(coopCode), now.atZone(MealDay.JAPAN).toLocalDate());
  }
}
