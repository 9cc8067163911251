package org.kumiai.domain.mealplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Meal plan products, the plans wallets hold, and what a cafeteria day has used of MEAL. */
public interface MealPlanRepository {

  void store(MealPlan plan);

  /**
   * Stores a new plan, or returns false when its code was taken in its co-op since the caller
   * looked (two staff defining one plan at the same moment). The transaction is then to be rolled
   * back.
   */
  boolean storeIfFree(MealPlan plan);

  void store(MealPlanHolding holding);

  Optional<MealPlan> find(long id);

  Optional<MealPlan> findByCode(String coopCode, String code);

  /** A co-op's products, the newest academic year first. */
  List<MealPlan> plansOf(String coopCode);

  Optional<MealPlanHolding> holding(long walletId, int academicYear);

  /** The plans a wallet holds, the newest year first. */
  List<MealPlanHolding> holdings(long walletId);

  /**
   * Yen the MEAL account gave to payments that occurred in [from, until), less what refunds of
   * those payments gave back to it.
   */
  long mealUsed(long mealAccountId, Instant from, Instant until);
}
