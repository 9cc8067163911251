package org.kumiai.domain.mealplan;

/** What a co-op gives back of a meal plan when the member leaves the university. */
public enum MealRefundRule {
  /** The whole MEAL balance, like the other e-money. */
  BALANCE,
  /**
   * The daily cap of each plan day after the membership ends, at most the balance: days already
   * past are the member's to have used, as unused daily amounts never carry over.
   */
  UNUSED_DAYS
}
