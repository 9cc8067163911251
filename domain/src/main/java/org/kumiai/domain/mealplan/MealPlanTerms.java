package org.kumiai.domain.mealplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What staff set for a meal plan product, as typed; {@link MealPlan#define} checks it. A bonus of 0
 * is no breakfast bonus.
 */
public record MealPlanTerms(
    String coopCode,
    int academicYear,
    String code,
    String nameJa,
    String nameEn,
    long price,
    long dailyCap,
    long breakfastBonus,
    LocalTime breakfastUntil,
    LocalDate validFrom,
    LocalDate validTo,
    Set<DayOfWeek> weekdays,
    LocalDate saleFrom,
    LocalDate saleTo) {}
