package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member's meal plan today, for the member home: the plan, whether it serves today, what today
 * used of its cap and what MEAL can still pay today (the cap's rest, at most the balance), the MEAL
 * purse's balance, and what the plan's days so far drew from MEAL net of refunds.
 */
public record MealStatus(
    MealPlanView plan,
    LocalDate day,
    boolean servesToday,
    long usedToday,
    long remainingToday,
    long mealBalance,
    long planUsed)
    implements Serializable {}
