package org.kumiai.service.mealplan;

import java.io.Serializable;

/**
 * What buying a plan by card came to: bought (with the plan's status today), declined (why), or no
 * answer from the acquirer (ask again with the same key: it is the same charge).
 */
public record PlanPurchase(Result result, String declineReason, MealStatus status)
    implements Serializable {

  /** The three ways a purchase can end. */
  public enum Result {
    BOUGHT,
    DECLINED,
    TIMEOUT
  }
}
