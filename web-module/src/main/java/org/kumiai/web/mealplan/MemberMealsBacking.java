package org.kumiai.web.mealplan;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.mealplan.DietaryProfile;
import org.kumiai.domain.mealplan.Nutrition;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.service.mealplan.CafeteriaDay;
import org.kumiai.service.mealplan.CafeteriaHistory;
import org.kumiai.service.mealplan.CafeteriaMonth;
import org.kumiai.service.mealplan.MealPlans;
import org.kumiai.service.mealplan.MealStatus;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedDate;

/**
 * {@code /member/meals/}: the member's cafeteria month as a calendar of spend and energy (as the
 * co-ops' own 食堂利用履歴 shows it), charts of the month, a chosen day's items with the nutrition they
 * were sold with against the member's daily targets, and the meal plan's status. The month and the
 * day come from the address ({@code ?month=2026-11&day=2026-11-05}), so they can be bookmarked;
 * anything unreadable there falls back to this month with a notice.
 */
@Named
@ViewScoped
public class MemberMealsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CafeteriaHistory history;
  @Inject private MealPlans mealPlans;
  @Inject private ActiveMembership active;

  private MembershipView membership;
  private LocalDate today;
  private CafeteriaMonth month;
  private CafeteriaDay day;
  private MealStatus plan;
  private String sex;
  private String activity;

  /** A cell of the calendar: a date of the month (null for the padding) and its figures. */
  public record Cell(LocalDate date, CafeteriaMonth.Day eaten) implements Serializable {}

  @PostConstruct
  void load() {
    membership = active.getCurrent();
    if (membership == null || membership.status() != MemberStatus.ACTIVE) {
      return;
    }
    long id = membership.memberId();
    today = history.today(id);
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    YearMonth shown = YearMonth.from(today);
    LocalDate chosen = null;
    try {
      if (params.get("month") != null) {
        shown = TypedDate.month(params.get("month"));
      }
      if (params.get("day") != null) {
        chosen = TypedDate.day(params.get("day"));
        shown = YearMonth.from(chosen);
      }
    } catch (DateTimeParseException e) {
      Feedback.info("meals.badDate");
      shown = YearMonth.from(today);
      chosen = null;
    }
    month = history.month(id, shown);
    day = chosen == null ? null : history.day(id, chosen);
    plan = mealPlans.today(id).orElse(null);
    sex = month.profile().sex().name();
    activity = month.profile().activity().name();
  }

  public void chooseProfile() {
    DietaryProfile profile;
    try {
      profile =
          DietaryProfile.of(
              DietaryProfile.Sex.valueOf(String.valueOf(sex)),
              DietaryProfile.Activity.valueOf(String.valueOf(activity)));
    } catch (IllegalArgumentException e) {
      // Only a form sent without one of the two choices gets here; the page always sends both.
      Feedback.error(null, "meals.profile.notChosen");
      return;
    }
    history.choose(membership.memberId(), profile);
    month = history.month(membership.memberId(), month.month());
    if (day != null) {
      day = history.day(membership.memberId(), day.date());
    }
    Feedback.info("meals.profile.saved", Feedback.label("meals.profile." + profile.name()));
  }

  /** The month's weeks, Sunday first as Japanese calendars print them. */
  public List<List<Cell>> getWeeks() {
    Map<LocalDate, CafeteriaMonth.Day> eaten =
        month.days().stream()
            .collect(Collectors.toMap(CafeteriaMonth.Day::date, Function.identity()));
    List<List<Cell>> weeks = new ArrayList<>();
    List<Cell> week = new ArrayList<>();
    LocalDate first = month.month().atDay(1);
    for (int i = 0; i < first.getDayOfWeek().getValue() % 7; i++) {
      week.add(new Cell(null, null));
    }
    for (LocalDate d = first; !d.isAfter(month.month().atEndOfMonth()); d = d.plusDays(1)) {
      week.add(new Cell(d, eaten.get(d)));
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(new Cell(null, null));
      }
      weeks.add(week);
    }
    return weeks;
  }

  /** Chart.js configuration: the energy of each day of the month against the daily target. */
  public String getEnergyChart() {
    Map<LocalDate, CafeteriaMonth.Day> eaten =
        month.days().stream()
            .collect(Collectors.toMap(CafeteriaMonth.Day::date, Function.identity()));
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder energy = JSON.createArrayBuilder();
    JsonArrayBuilder target = JSON.createArrayBuilder();
    for (LocalDate d = month.month().atDay(1);
        !d.isAfter(month.month().atEndOfMonth());
        d = d.plusDays(1)) {
      labels.add(Integer.toString(d.getDayOfMonth()));
      CafeteriaMonth.Day e = eaten.get(d);
      energy.add(e == null ? 0 : e.nutrition().energyKcal());
      target.add(month.targets().energyKcal());
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add("label", Feedback.label("meals.chart.energy"))
                                .add("data", energy)
                                .add("backgroundColor", "#2f7d5b"))
                        .add(
                            JSON.createObjectBuilder()
                                .add("type", "line")
                                .add("label", Feedback.label("meals.chart.target"))
                                .add("data", target)
                                .add("borderColor", "#c0392b")
                                .add("borderDash", JSON.createArrayBuilder().add(6).add(4))
                                .add("pointRadius", 0)
                                .add("fill", false))))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add(
                            "y",
                            JSON.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add(
                                    "title",
                                    JSON.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", "kcal")))))
        .build()
        .toString();
  }

  /**
   * Chart.js configuration: the month's PFC balance, the share of energy from protein (4 kcal/g),
   * fat (9 kcal/g) and carbohydrate (4 kcal/g), which the DRI's goals are stated in.
   */
  public String getBalanceChart() {
    Nutrition t = month.total();
    return JSON.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add(
                    "labels",
                    JSON.createArrayBuilder()
                        .add(Feedback.label("meals.pfc.protein"))
                        .add(Feedback.label("meals.pfc.fat"))
                        .add(Feedback.label("meals.pfc.carbohydrate")))
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add(
                                    "data",
                                    JSON.createArrayBuilder()
                                        .add(share(t.protein(), 4, t))
                                        .add(share(t.fat(), 9, t))
                                        .add(share(t.carbohydrate(), 4, t)))
                                .add(
                                    "backgroundColor",
                                    JSON.createArrayBuilder()
                                        .add("#c0392b")
                                        .add("#e0a800")
                                        .add("#2f7d5b")))))
        .add(
            "options",
            JSON.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
        .build()
        .toString();
  }

  /** Percent of the P+F+C energy that one of them gives, to one decimal. */
  private static BigDecimal share(BigDecimal grams, int kcalPerGram, Nutrition t) {
    BigDecimal all =
        t.protein()
            .multiply(BigDecimal.valueOf(4))
            .add(t.fat().multiply(BigDecimal.valueOf(9)))
            .add(t.carbohydrate().multiply(BigDecimal.valueOf(4)));
    if (all.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return grams
        .multiply(BigDecimal.valueOf(100L * kcalPerGram))
        .divide(all, 1, RoundingMode.HALF_UP);
  }

  /** The month's PFC shares for the text beside the chart. */
  public List<BigDecimal> getBalance() {
    Nutrition t = month.total();
    return List.of(share(t.protein(), 4, t), share(t.fat(), 9, t), share(t.carbohydrate(), 4, t));
  }

  /** Percent of a daily target a value reaches, rounded. */
  public long percent(BigDecimal value, double target) {
    return target <= 0 ? 0 : Math.round(value.doubleValue() * 100 / target);
  }

  public long averageEnergy() {
    return month.days().isEmpty() ? 0 : month.energyKcal() / month.days().size();
  }

  public String monthLink(int offset) {
    return month.month().plusMonths(offset).toString();
  }

  /** Used of the plan so far: its price less what MEAL holds. */
  public boolean isMember() {
    return month != null;
  }

  public LocalDate getToday() {
    return today;
  }

  public CafeteriaMonth getMonth() {
    return month;
  }

  public CafeteriaDay getDay() {
    return day;
  }

  public MealStatus getPlan() {
    return plan;
  }

  public List<DietaryProfile.Sex> getSexes() {
    return List.of(DietaryProfile.Sex.values());
  }

  public List<DietaryProfile.Activity> getActivities() {
    return List.of(DietaryProfile.Activity.values());
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }
}
