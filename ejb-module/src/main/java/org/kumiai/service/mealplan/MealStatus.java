package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member's meal plan today, for the member home: the plan, whether it serves today, what today
 * used and has left of its cap, and the MEAL purse's balance.
 */
public record MealStatus(
    MealPlanView plan,
    LocalDate day,
    boolean servesToday,
    long usedToday,
    long remainingToday,
    long mealBalance)
    implements Serializable {}
