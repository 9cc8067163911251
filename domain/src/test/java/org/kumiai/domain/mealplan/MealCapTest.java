package org.kumiai.domain.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

class MealCapTest {

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private static MealPlanTerms terms(long price, long cap, long bonus) {
    return new MealPlanTerms(
        "HOKUTO",
        2026,
        "MEAL-2026",
        "ミールプラン2026",
        "Meal plan 2026",
        price,
        cap,
        bonus,
        LocalTime.of(10, 0),
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2027, 3, 31),
        WEEKDAYS,
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 10, 31));
  }

  private static final MealPlan PLAN = MealPlan.define(terms(96_000, 1_000, 200));

  /** Japan time. */
  private static Instant jst(int month, int day, int hour, int minute) {
    return OffsetDateTime.of(2026, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(9))
        .toInstant();
  }

  @Test
  void aPaymentAfterMidnightBelongsToTheDayBeforeUntilTheDayStarts() {
    // Tuesday 2026-12-01 03:59 is still Monday's cafeteria day when days start at 04:00.
    MealDay late = MealDay.of(jst(12, 1, 3, 59), 4, LocalTime.of(10, 0));
    assertEquals(LocalDate.of(2026, 11, 30), late.date());
    MealDay early = MealDay.of(jst(12, 1, 4, 0), 4, LocalTime.of(10, 0));
    assertEquals(LocalDate.of(2026, 12, 1), early.date());
    assertEquals(jst(12, 1, 4, 0), early.start());
    assertEquals(jst(12, 2, 4, 0), early.end());
    // With the day starting at midnight the same instant is Tuesday's.
    assertEquals(
        LocalDate.of(2026, 12, 1), MealDay.of(jst(12, 1, 3, 59), 0, LocalTime.of(10, 0)).date());
  }

  @Test
  void breakfastRunsFromTheDaysStartToTheBreakfastHour() {
    MealDay day = MealDay.of(jst(12, 1, 12, 0), 4, LocalTime.of(10, 0));
    assertTrue(day.atBreakfast(jst(12, 1, 4, 0)));
    assertTrue(day.atBreakfast(jst(12, 1, 9, 59)));
    assertFalse(day.atBreakfast(jst(12, 1, 10, 0)));
    assertFalse(day.atBreakfast(jst(12, 1, 3, 0)), "03:00 is the day before's late night");
  }

  @Test
  void theCapIsWhatTheDayHasLeftNeverBelowZero() {
    MealDay tuesday = MealDay.of(jst(12, 1, 12, 0), 4, LocalTime.of(10, 0));
    assertEquals(Yen.of(1_000), MealCap.remaining(PLAN, tuesday, Yen.ZERO, false));
    assertEquals(Yen.of(280), MealCap.remaining(PLAN, tuesday, Yen.of(720), false));
    assertEquals(Yen.ZERO, MealCap.remaining(PLAN, tuesday, Yen.of(1_000), false));
    assertEquals(Yen.ZERO, MealCap.remaining(PLAN, tuesday, Yen.of(1_150), false));
  }

  @Test
  void breakfastAddsItsBonusToTheWholeDay() {
    MealDay tuesday = MealDay.of(jst(12, 1, 12, 0), 4, LocalTime.of(10, 0));
    assertEquals(Yen.of(1_200), MealCap.remaining(PLAN, tuesday, Yen.ZERO, true));
    assertEquals(Yen.of(700), MealCap.remaining(PLAN, tuesday, Yen.of(500), true));
    MealPlan noBonus = MealPlan.define(terms(96_000, 1_000, 0));
    assertEquals(Yen.of(1_000), MealCap.remaining(noBonus, tuesday, Yen.ZERO, true));
  }

  @Test
  void yesterdaysUnusedCapDoesNotCarryOverAndTheNewDayStartsFull() {
    // Monday used 300 of 1,000 until 03:59 on Tuesday; Tuesday from 04:00 has its own 1,000.
    MealDay monday = MealDay.of(jst(12, 1, 3, 59), 4, LocalTime.of(10, 0));
    MealDay tuesday = MealDay.of(jst(12, 1, 4, 0), 4, LocalTime.of(10, 0));
    assertEquals(Yen.of(700), MealCap.remaining(PLAN, monday, Yen.of(300), false));
    assertEquals(Yen.of(1_000), MealCap.remaining(PLAN, tuesday, Yen.ZERO, false));
  }

  @Test
  void noMealOnDaysThePlanDoesNotServe() {
    MealDay saturday = MealDay.of(jst(12, 5, 12, 0), 4, LocalTime.of(10, 0));
    assertEquals(Yen.ZERO, MealCap.remaining(PLAN, saturday, Yen.ZERO, true));
    MealDay afterTheYear =
        MealDay.of(
            OffsetDateTime.of(2027, 4, 1, 12, 0, 0, 0, ZoneOffset.ofHours(9)).toInstant(),
            4,
            LocalTime.of(10, 0));
    assertEquals(Yen.ZERO, MealCap.remaining(PLAN, afterTheYear, Yen.ZERO, false));
  }

  @Test
  void badTermsNameTheirField() {
    assertField("dailyCap", "ABOVE_PRICE", () -> MealPlan.define(terms(900, 1_000, 0)));
    assertField("dailyCap", "NOT_POSITIVE", () -> MealPlan.define(terms(96_000, 0, 0)));
    assertField("price", "NOT_POSITIVE", () -> MealPlan.define(terms(-1, 1_000, 0)));
    assertField("price", "TOO_LARGE", () -> MealPlan.define(terms(50_000_000, 1_000, 0)));
    assertField("breakfastBonus", "NEGATIVE", () -> MealPlan.define(terms(96_000, 1_000, -5)));
    MealPlanTerms t = terms(96_000, 1_000, 200);
    assertField(
        "validTo",
        "BEFORE_START",
        () ->
            MealPlan.define(
                new MealPlanTerms(
                    t.coopCode(),
                    t.academicYear(),
                    t.code(),
                    t.nameJa(),
                    t.nameEn(),
                    t.price(),
                    t.dailyCap(),
                    t.breakfastBonus(),
                    t.breakfastUntil(),
                    t.validFrom(),
                    t.validFrom().minusDays(1),
                    t.weekdays(),
                    t.saleFrom(),
                    t.saleTo())));
    assertField(
        "weekdays",
        "EMPTY",
        () ->
            MealPlan.define(
                new MealPlanTerms(
                    t.coopCode(),
                    t.academicYear(),
                    t.code(),
                    t.nameJa(),
                    t.nameEn(),
                    t.price(),
                    t.dailyCap(),
                    t.breakfastBonus(),
                    t.breakfastUntil(),
                    t.validFrom(),
                    t.validTo(),
                    Set.of(),
                    t.saleFrom(),
                    t.saleTo())));
    assertField(
        "academicYear",
        "NOT_THE_VALID_PERIODS",
        () ->
            MealPlan.define(
                new MealPlanTerms(
                    t.coopCode(),
                    2025,
                    t.code(),
                    t.nameJa(),
                    t.nameEn(),
                    t.price(),
                    t.dailyCap(),
                    t.breakfastBonus(),
                    t.breakfastUntil(),
                    t.validFrom(),
                    t.validTo(),
                    t.weekdays(),
                    t.saleFrom(),
                    t.saleTo())));
  }

  @Test
  void theAcademicYearBeginsInApril() {
    assertEquals(2026, AcademicYear.of(LocalDate.of(2026, 4, 1)));
    assertEquals(2025, AcademicYear.of(LocalDate.of(2026, 3, 31)));
    assertEquals(2026, AcademicYear.of(LocalDate.of(2027, 1, 15)));
  }

  @Test
  void thePlanKeepsItsWeekdaysAndSaleWindow() {
    assertEquals(WEEKDAYS, PLAN.weekdays());
    assertTrue(PLAN.onSale(LocalDate.of(2026, 10, 31)));
    assertFalse(PLAN.onSale(LocalDate.of(2026, 11, 1)));
  }

  private static void assertField(String field, String reason, Runnable r) {
    InvalidValueException e = assertThrows(InvalidValueException.class, r::run);
    assertEquals(field, e.field());
    assertEquals(reason, e.reason());
  }

  @Test
  void leavingGivesBackTheBalanceOrTheCapOfEachPlanDayAfterTheLastDay() {
    // PLAN: Monday to Friday, 2026-04-01 to 2027-03-31, ¥1,000 a day.
    assertEquals(
        Yen.of(40_000),
        PLAN.refundOnLeaving(MealRefundRule.BALANCE, Yen.of(40_000), LocalDate.of(2027, 3, 10)));
    // Leaving on Wednesday 2027-03-24: Thursday 25 to Wednesday 31 hold five weekdays.
    assertEquals(
        Yen.of(5_000),
        PLAN.refundOnLeaving(
            MealRefundRule.UNUSED_DAYS, Yen.of(40_000), LocalDate.of(2027, 3, 24)));
    assertEquals(
        Yen.of(3_200),
        PLAN.refundOnLeaving(MealRefundRule.UNUSED_DAYS, Yen.of(3_200), LocalDate.of(2027, 3, 24)),
        "never more than the balance");
    assertEquals(
        Yen.ZERO,
        PLAN.refundOnLeaving(
            MealRefundRule.UNUSED_DAYS, Yen.of(40_000), LocalDate.of(2027, 3, 31)));
    // Leaving before the plan starts: every plan day (261 weekdays), up to the balance.
    assertEquals(
        Yen.of(96_000),
        PLAN.refundOnLeaving(
            MealRefundRule.UNUSED_DAYS, Yen.of(96_000), LocalDate.of(2026, 3, 20)));
  }
}
