package org.kumiai.web.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.mealplan.AcademicYear;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.mealplan.MealPlanTerms;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.mealplan.MealPlanView;
import org.kumiai.service.mealplan.MealPlans;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.TypedDate;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/mealplans}: a co-op's meal plan products, each with its sale to end, and a form for
 * a new one. Every field is read as typed and each bad one is named next to it; a product is
 * written whole or not at all.
 */
@Named
@ViewScoped
public class StaffMealPlansBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "plans";

  @Inject private MealPlans mealPlans;
  @Inject private StaffScope scope;

  private List<CoopView> coops;
  private String coopCode;
  private List<MealPlanView> plans = List.of();
  private final Map<String, String> typed = new LinkedHashMap<>();
  private List<String> weekdays = new ArrayList<>(List.of("1", "2", "3", "4", "5", "6"));

  @PostConstruct
  void load() {
    coops = scope.coops();
    if (coopCode == null && !coops.isEmpty()) {
      coopCode = coops.get(0).code();
    }
    LocalDate today = LocalDate.now(MealDay.JAPAN);
    int year = AcademicYear.of(today) + 1;
    typed.putIfAbsent("academicYear", Integer.toString(year));
    typed.putIfAbsent("breakfastUntil", "10:00");
    typed.putIfAbsent("breakfastBonus", "0");
    typed.putIfAbsent("validFrom", LocalDate.of(year, 4, 1).toString());
    typed.putIfAbsent("validTo", LocalDate.of(year + 1, 3, 31).toString());
    typed.putIfAbsent("saleFrom", today.toString());
    typed.putIfAbsent("saleTo", LocalDate.of(year, 3, 31).toString());
    refresh();
  }

  private void refresh() {
    plans = coopCode == null ? List.of() : mealPlans.plansOf(coopCode);
  }

  public void show() {
    try {
      refresh();
    } catch (CoopNotFoundException e) {
      Feedback.error(FORM + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
    }
  }

  public void define() {
    List<String> bad = new ArrayList<>();
    Optional<Long> year = number("academicYear", bad);
    Optional<Long> price = number("price", bad);
    Optional<Long> cap = number("dailyCap", bad);
    Optional<Long> bonus = number("breakfastBonus", bad);
    Optional<LocalTime> until = parsed("breakfastUntil", LocalTime::parse, bad);
    Optional<LocalDate> validFrom = parsed("validFrom", TypedDate::day, bad);
    Optional<LocalDate> validTo = parsed("validTo", TypedDate::day, bad);
    Optional<LocalDate> saleFrom = parsed("saleFrom", TypedDate::day, bad);
    Optional<LocalDate> saleTo = parsed("saleTo", TypedDate::day, bad);
    if (!bad.isEmpty()) {
      return;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    weekdays.forEach(d -> days.add(DayOfWeek.of(Integer.parseInt(d))));
    try {
      MealPlanView plan =
          mealPlans.define(
              new MealPlanTerms(
                  coopCode,
                  year.get().intValue(),
                  text("code"),
                  text("nameJa"),
                  text("nameEn"),
                  price.get(),
                  cap.get(),
                  bonus.get(),
                  until.get(),
                  validFrom.get(),
                  validTo.get(),
                  days,
                  saleFrom.get(),
                  saleTo.get()),
              Visitor.ip());
      Feedback.info("mealplans.defined", plan.code());
      typed.remove("code");
      typed.remove("nameJa");
      typed.remove("nameEn");
      refresh();
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (CoopNotFoundException e) {
      Feedback.error(FORM + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
    }
  }

  /** Stops a plan's sale from today, after the browser asked staff to confirm it. */
  public void endSale(long planId) {
    try {
      MealPlanView plan = mealPlans.endSale(planId, Visitor.ip());
      Feedback.info("mealplans.saleEnded", plan.code());
    } catch (InvalidValueException e) {
      Feedback.error(null, "mealplans.endSale." + e.reason());
    } catch (CoopNotFoundException e) {
      Feedback.error(FORM + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
    }
    refresh();
  }

  /** A typed text, trimmed; codes are kept in capitals whatever was typed. */
  private String text(String field) {
    String value = typed.get(field);
    if (value == null) {
      return null;
    }
    return field.equals("code") ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
  }

  private Optional<Long> number(String field, List<String> bad) {
    String value = typed.get(field);
    if (value == null || value.isBlank()) {
      Feedback.error(FORM + ":" + field, "invalid.EMPTY", Feedback.label("field." + field));
      bad.add(field);
      return Optional.empty();
    }
    Optional<Long> n = TypedAmount.parse(value);
    if (n.isEmpty()) {
      Feedback.error(FORM + ":" + field, "invalid.MALFORMED", Feedback.label("field." + field));
      bad.add(field);
    }
    return n;
  }

  private <T> Optional<T> parsed(String field, Function<String, T> parse, List<String> bad) {
    String value = typed.get(field);
    if (value == null || value.isBlank()) {
      Feedback.error(FORM + ":" + field, "invalid.EMPTY", Feedback.label("field." + field));
      bad.add(field);
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(value.strip()));
    } catch (DateTimeParseException e) {
      Feedback.error(FORM + ":" + field, "invalid.MALFORMED", Feedback.label("field." + field));
      bad.add(field);
      return Optional.empty();
    }
  }

  /** The typed values by field name, bound from the page as {@code typed['price']}. */
  public Map<String, String> getTyped() {
    return typed;
  }

  public List<CoopView> getCoops() {
    return coops;
  }

  public String getCoopCode() {
    return coopCode;
  }

  public void setCoopCode(String coopCode) {
    this.coopCode = coopCode;
  }

  public List<MealPlanView> getPlans() {
    return plans;
  }

  public List<String> getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(List<String> weekdays) {
    this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
  }

  public List<String> getAllWeekdays() {
    return List.of("1", "2", "3", "4", "5", "6", "7");
  }

  /** The days a plan serves, as the page's weekday labels' keys. */
  public List<String> daysOf(MealPlanView plan) {
    return plan.weekdays().stream().map(d -> Integer.toString(d.getValue())).toList();
  }
}
