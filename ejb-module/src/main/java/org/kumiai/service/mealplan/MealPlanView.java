package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.kumiai.domain.mealplan.MealPlan;

/** A meal plan product as pages show it. */
public record MealPlanView(
    long id,
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
    LocalDate saleTo,
    LocalDate saleEndedOn,
    boolean saleOpen)
    implements Serializable {

  /** The plan as of {@code today}: whether its sale is open (running or to come). */
  static MealPlanView of(MealPlan p, LocalDate today) {
    return new MealPlanView(
        p.id(),
        p.coopCode(),
        p.academicYear(),
        p.code(),
        p.name(true),
        p.name(false),
        p.price().value(),
        p.dailyCap().value(),
        p.breakfastBonus().map(y -> y.value()).orElse(0L),
        p.breakfastUntil(),
        p.validFrom(),
        p.validTo(),
        p.weekdays(),
        p.saleFrom(),
        p.saleTo(),
        p.saleEndedOn().orElse(null),
        p.saleOpen(today));
  }

  public String name(boolean japanese) {
    return japanese ? nameJa : nameEn;
  }
}
