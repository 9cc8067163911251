package org.kumiai.domain.mealplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

/**
 * A meal plan product (ミールプラン) of a co-op for one academic year: its price goes to the MEAL purse,
 * and on the days it serves a day may use at most the daily cap of it, plus the breakfast bonus
 * once the plan is used before the breakfast hour. Unused cap never carries over.
 */
@Entity
@Table(name = "meal_plan")
public class MealPlan {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");

  /** No co-op sells a plan for more than this: a typo guard, not a business rule. */
  static final long PRICE_LIMIT = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meal_plan_seq")
  @SequenceGenerator(name = "meal_plan_seq", sequenceName = "meal_plan_seq", allocationSize = 50)
  private Long id;

  @Column(name = "coop_code", nullable = false, length = 16)
  private String coopCode;

  @Column(name = "academic_year", nullable = false)
  private int academicYear;

  @Column(nullable = false, length = 16)
  private String code;

  @Column(name = "name_ja", nullable = false, length = 100)
  private String nameJa;

  @Column(name = "name_en", length = 100)
  private String nameEn;

  @Column(nullable = false)
  private long price;

  @Column(name = "daily_cap", nullable = false)
  private long dailyCap;

  @Column(name = "breakfast_bonus", nullable = false)
  private long breakfastBonus;

  @Column(name = "breakfast_until", nullable = false)
  private LocalTime breakfastUntil;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  private LocalDate validTo;

  @Column(nullable = false, length = 7)
  private String weekdays;

  @Column(name = "sale_from", nullable = false)
  private LocalDate saleFrom;

  @Column(name = "sale_to", nullable = false)
  private LocalDate saleTo;

  /** The day staff stopped the sale before its planned end: from then on nobody can buy it. */
  @Column(name = "sale_ended_on")
  private LocalDate saleEndedOn;

  @Version private long version;

  protected MealPlan() {}

  /** A product from staff's terms; throws {@link InvalidValueException} naming the bad field. */
  public static MealPlan define(MealPlanTerms t) {
    MealPlan p = new MealPlan();
    p.coopCode = t.coopCode();
    p.academicYear = t.academicYear();
    p.code = required("code", t.code());
    if (!CODE.matcher(p.code).matches()) {
      throw new InvalidValueException("code", "MALFORMED");
    }
    p.nameJa = required("nameJa", t.nameJa());
    p.nameEn = t.nameEn() == null || t.nameEn().isBlank() ? null : t.nameEn().strip();
    if (p.nameJa.length() > 100 || (p.nameEn != null && p.nameEn.length() > 100)) {
      throw new InvalidValueException(p.nameJa.length() > 100 ? "nameJa" : "nameEn", "TOO_LONG");
    }
    if (t.price() <= 0 || t.price() > PRICE_LIMIT) {
      throw new InvalidValueException("price", t.price() <= 0 ? "NOT_POSITIVE" : "TOO_LARGE");
    }
    if (t.dailyCap() <= 0) {
      throw new InvalidValueException("dailyCap", "NOT_POSITIVE");
    }
    if (t.dailyCap() > t.price()) {
      throw new InvalidValueException("dailyCap", "ABOVE_PRICE");
    }
    if (t.breakfastBonus() < 0 || t.breakfastBonus() > t.dailyCap()) {
      throw new InvalidValueException(
          "breakfastBonus", t.breakfastBonus() < 0 ? "NEGATIVE" : "ABOVE_DAILY_CAP");
    }
    p.price = t.price();
    p.dailyCap = t.dailyCap();
    p.breakfastBonus = t.breakfastBonus();
    p.breakfastUntil = t.breakfastUntil() == null ? LocalTime.of(10, 0) : t.breakfastUntil();
    p.validFrom = requiredDate("validFrom", t.validFrom());
    p.validTo = requiredDate("validTo", t.validTo());
    if (p.validTo.isBefore(p.validFrom)) {
      throw new InvalidValueException("validTo", "BEFORE_START");
    }
    if (p.validTo.isAfter(p.validFrom.plusYears(1))) {
      throw new InvalidValueException("validTo", "LONGER_THAN_A_YEAR");
    }
    // A wallet holds one plan per academic year and the day's allowance is that year's plan: one
    // running past 31 March would stop serving on 1 April.
    if (AcademicYear.of(p.validTo) != AcademicYear.of(p.validFrom)) {
      throw new InvalidValueException("validTo", "PAST_ACADEMIC_YEAR");
    }
    if (t.weekdays() == null || t.weekdays().isEmpty()) {
      throw new InvalidValueException("weekdays", "EMPTY");
    }
    p.weekdays =
        EnumSet.copyOf(t.weekdays()).stream()
            .map(d -> Integer.toString(d.getValue()))
            .collect(Collectors.joining());
    p.saleFrom = requiredDate("saleFrom", t.saleFrom());
    p.saleTo = requiredDate("saleTo", t.saleTo());
    if (p.saleTo.isBefore(p.saleFrom)) {
      throw new InvalidValueException("saleTo", "BEFORE_START");
    }
    if (p.saleFrom.isAfter(p.validTo)) {
      throw new InvalidValueException("saleFrom", "AFTER_VALID_PERIOD");
    }
    // Sold after its last day, a plan would take the price and serve no day.
    if (p.saleTo.isAfter(p.validTo)) {
      throw new InvalidValueException("saleTo", "AFTER_VALID_PERIOD");
    }
    if (t.academicYear() != AcademicYear.of(p.validFrom)) {
      throw new InvalidValueException("academicYear", "NOT_THE_VALID_PERIODS");
    }
    return p;
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "EMPTY");
    }
    return value.strip();
  }

  private static LocalDate requiredDate(String field, LocalDate value) {
    if (value == null) {
      throw new InvalidValueException(field, "EMPTY");
    }
    return value;
  }

  /**
   * The plan whose refund rule settles the MEAL purse of a member leaving on {@code lastDay}: the
   * first of the held plans not ended by then (serving, or bought ahead), else the last one held,
   * ended — its rule still decides what it left in MEAL, so the refund does not jump to another
   * rule the day after the plan ends. Empty when none was ever held (MEAL is then e-money).
   */
  public static Optional<MealPlan> settlingOnLeaving(List<MealPlan> held, LocalDate lastDay) {
    return held.stream()
        .filter(p -> !lastDay.isAfter(p.validTo))
        .min(Comparator.comparing((MealPlan p) -> p.validFrom))
        .or(() -> held.stream().max(Comparator.comparing((MealPlan p) -> p.validTo)));
  }

  /**
   * What the co-op gives back of this plan when the membership ends on {@code lastDay}, the MEAL
   * purse holding {@code balance}.
   */
  public Yen refundOnLeaving(MealRefundRule rule, Yen balance, LocalDate lastDay) {
    if (rule == MealRefundRule.BALANCE) {
      return balance;
    }
    long days = 0;
    LocalDate from = lastDay.isBefore(validFrom) ? validFrom : lastDay.plusDays(1);
    for (LocalDate d = from; !d.isAfter(validTo); d = d.plusDays(1)) {
      days += serves(d) ? 1 : 0;
    }
    return Yen.of(Math.min(balance.value(), days * dailyCap));
  }

  /** Whether the plan feeds its holder on this cafeteria day. */
  public boolean serves(LocalDate day) {
    return !day.isBefore(validFrom)
        && !day.isAfter(validTo)
        && weekdays().contains(day.getDayOfWeek());
  }

  /** Whether members can buy it on this day. */
  public boolean onSale(LocalDate day) {
    return !day.isBefore(saleFrom) && day.isBefore(saleEnd());
  }

  /** Whether it is on sale now or will be: a sale staff can still end. */
  public boolean saleOpen(LocalDate today) {
    return today.isBefore(saleEnd());
  }

  /**
   * Stops the sale from {@code today}, on the portal and at the counter, whether it began or not;
   * members who hold the plan keep it. A sale already over is refused as ENDED.
   */
  public void endSale(LocalDate today) {
    if (!saleOpen(today)) {
      throw new InvalidValueException("plan", "ENDED");
    }
    this.saleEndedOn = today;
  }

  /**
   * The plan that a ミール paid with the enrollment buys, of a co-op's {@code plans}, when the wallet
   * starts {@code today}: the latest academic year's on sale today — a student who joins in March
   * eats from April on, on the new year's plan — else the one of this academic year still running;
   * the first by code among several of one year.
   */
  public static Optional<MealPlan> boughtAtEnrollment(List<MealPlan> plans, LocalDate today) {
    int year = AcademicYear.of(today);
    List<MealPlan> running =
        plans.stream()
            .filter(p -> p.academicYear == year || p.academicYear == year + 1)
            .filter(p -> !today.isAfter(p.validTo))
            .sorted(Comparator.comparing(MealPlan::code))
            .toList();
    Optional<MealPlan> onSale =
        running.stream()
            .filter(p -> p.onSale(today))
            .reduce((a, b) -> b.academicYear > a.academicYear ? b : a);
    return onSale.or(
        () -> running.stream().reduce((a, b) -> b.academicYear < a.academicYear ? b : a));
  }

  /** The first day the plan is not on sale any more. */
  private LocalDate saleEnd() {
    LocalDate planned = saleTo.plusDays(1);
    return saleEndedOn != null && saleEndedOn.isBefore(planned) ? saleEndedOn : planned;
  }

  public Optional<LocalDate> saleEndedOn() {
    return Optional.ofNullable(saleEndedOn);
  }

  public Set<DayOfWeek> weekdays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    weekdays.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
    return days;
  }

  public long id() {
    return id;
  }

  public String coopCode() {
    return coopCode;
  }

  public int academicYear() {
    return academicYear;
  }

  public String code() {
    return code;
  }

  public String name(boolean japanese) {
    return japanese || nameEn == null ? nameJa : nameEn;
  }

  public Yen price() {
    return Yen.of(price);
  }

  public Yen dailyCap() {
    return Yen.of(dailyCap);
  }

  public Optional<Yen> breakfastBonus() {
    return breakfastBonus == 0 ? Optional.empty() : Optional.of(Yen.of(breakfastBonus));
  }

  public LocalTime breakfastUntil() {
    return breakfastUntil;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public LocalDate saleFrom() {
    return saleFrom;
  }

  public LocalDate saleTo() {
    return saleTo;
  }
}
