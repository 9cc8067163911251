package org.kumiai.domain.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

class MealPlanSaleTest {

  /** On sale 1 February to 31 October 2026, valid for the academic year 2026. */
  private static MealPlan plan() {
    return MealPlan.define(
        new MealPlanTerms(
            "HOKUTO",
            2026,
            "MEAL-2026",
            "ミールプラン2026",
            null,
            96_000,
            1_000,
            0,
            LocalTime.of(10, 0),
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 10, 31)));
  }

  /** A co-op's plan of {@code year}, on sale from 1 February to 31 January as the demo's. */
  private static MealPlan ofYear(int year, String code) {
    return MealPlan.define(
        new MealPlanTerms(
            "HOKUTO",
            year,
            code,
            "ミールプラン" + year,
            null,
            96_000,
            1_000,
            0,
            LocalTime.of(10, 0),
            LocalDate.of(year, 4, 1),
            LocalDate.of(year + 1, 3, 31),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            LocalDate.of(year, 2, 1),
            LocalDate.of(year + 1, 1, 31)));
  }

  private static Optional<String> boughtAtEnrollment(List<MealPlan> plans, LocalDate day) {
    return MealPlan.boughtAtEnrollment(plans, day).map(MealPlan::code);
  }

  @Test
  void aMealBoughtAtEnrollmentIsTheNewYearsPlanOnceItIsOnSale() {
    List<MealPlan> plans = List.of(ofYear(2026, "MEAL-2026"), ofYear(2025, "MEAL-2025"));
    assertEquals(
        Optional.of("MEAL-2026"),
        boughtAtEnrollment(plans, LocalDate.of(2026, 3, 10)),
        "joined in March: eats from April");
    assertEquals(Optional.of("MEAL-2025"), boughtAtEnrollment(plans, LocalDate.of(2025, 10, 1)));
    assertEquals(
        Optional.of("MEAL-2025"),
        boughtAtEnrollment(List.of(ofYear(2025, "MEAL-2025")), LocalDate.of(2026, 3, 10)),
        "no new year's plan yet: this year's, still running");
    assertEquals(
        Optional.empty(),
        boughtAtEnrollment(List.of(ofYear(2024, "MEAL-2024")), LocalDate.of(2026, 3, 10)));
    assertEquals(
        Optional.of("A-2026"),
        boughtAtEnrollment(
            List.of(ofYear(2026, "MEAL-2026"), ofYear(2026, "A-2026")), LocalDate.of(2026, 5, 1)),
        "the first by code of one year");
  }

  @Test
  void theSaleRunsFromItsFirstToItsLastDay() {
    MealPlan plan = plan();
    assertFalse(plan.onSale(LocalDate.of(2026, 1, 31)));
    assertTrue(plan.onSale(LocalDate.of(2026, 2, 1)));
    assertTrue(plan.onSale(LocalDate.of(2026, 10, 31)));
    assertFalse(plan.onSale(LocalDate.of(2026, 11, 1)));
    assertTrue(plan.saleOpen(LocalDate.of(2026, 1, 1)), "a sale to come can be ended");
    assertFalse(plan.saleOpen(LocalDate.of(2026, 11, 1)));
  }

  @Test
  void staffEndTheSaleFromToday() {
    MealPlan plan = plan();
    plan.endSale(LocalDate.of(2026, 6, 10));
    assertTrue(plan.onSale(LocalDate.of(2026, 6, 9)));
    assertFalse(plan.onSale(LocalDate.of(2026, 6, 10)));
    assertFalse(plan.onSale(LocalDate.of(2026, 10, 31)));
    assertEquals(LocalDate.of(2026, 6, 10), plan.saleEndedOn().orElseThrow());
    assertTrue(plan.serves(LocalDate.of(2026, 6, 10)), "those who hold it still eat");
    InvalidValueException again =
        assertThrows(InvalidValueException.class, () -> plan.endSale(LocalDate.of(2026, 6, 11)));
    assertEquals("plan", again.field());
    assertEquals("ENDED", again.reason());
  }

  @Test
  void aSaleNotBegunCanBeCalledOffAndOneOverCannotBeEnded() {
    MealPlan early = plan();
    early.endSale(LocalDate.of(2026, 1, 15));
    assertFalse(early.onSale(LocalDate.of(2026, 2, 1)), "never goes on sale");
    MealPlan late = plan();
    assertEquals(
        "ENDED",
        assertThrows(InvalidValueException.class, () -> late.endSale(LocalDate.of(2026, 11, 1)))
            .reason());
    assertTrue(late.saleEndedOn().isEmpty());
  }

  @Test
  void theLastPlanHeldSettlesMealOnLeavingEvenTheDayAfterItEnded() {
    MealPlan last = ofYear(2025, "MEAL-2025");
    MealPlan next = ofYear(2026, "MEAL-2026");
    assertEquals(
        Optional.of(last),
        MealPlan.settlingOnLeaving(List.of(next, last), LocalDate.of(2026, 3, 31)),
        "the one serving");
    assertEquals(
        Optional.of(next),
        MealPlan.settlingOnLeaving(List.of(next, last), LocalDate.of(2026, 4, 1)),
        "bought ahead, serving from today");
    // Before, nothing was found the day after the plan ended and the e-money rule gave back the
    // whole ¥40,000 that the unused-days rule gave none of the day before.
    Optional<MealPlan> ended = MealPlan.settlingOnLeaving(List.of(last), LocalDate.of(2026, 4, 1));
    assertEquals(Optional.of(last), ended);
    assertEquals(
        Yen.ZERO,
        ended
            .orElseThrow()
            .refundOnLeaving(MealRefundRule.UNUSED_DAYS, Yen.of(40_000), LocalDate.of(2026, 4, 1)));
    assertEquals(Optional.empty(), MealPlan.settlingOnLeaving(List.of(), LocalDate.of(2026, 4, 1)));
  }

  @Test
  void aPlanEndsWithinItsAcademicYearAndIsNotSoldAfterItsLastDay() {
    // Valid October to September: from 1 April the day's allowance would look for the new
    // year's plan and this one would serve nothing.
    InvalidValueException across =
        assertThrows(
            InvalidValueException.class,
            () ->
                MealPlan.define(
                    terms(
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2027, 9, 30),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 12, 31))));
    assertEquals("validTo PAST_ACADEMIC_YEAR", across.field() + " " + across.reason());
    // On sale until January for a plan that ends in September: the price for no day.
    InvalidValueException late =
        assertThrows(
            InvalidValueException.class,
            () ->
                MealPlan.define(
                    terms(
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2027, 1, 31))));
    assertEquals("saleTo AFTER_VALID_PERIOD", late.field() + " " + late.reason());
  }

  private static MealPlanTerms terms(
      LocalDate validFrom, LocalDate validTo, LocalDate saleFrom, LocalDate saleTo) {
    return new MealPlanTerms(
        "HOKUTO",
        AcademicYear.of(validFrom),
        "MEAL-X",
        "ミールプラン",
        null,
        96_000,
        1_000,
        0,
        LocalTime.of(10, 0),
        validFrom,
        validTo,
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        saleFrom,
        saleTo);
  }
}
