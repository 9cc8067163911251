package org.kumiai.service.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.mealplan.MealPlan;
import org.kumiai.domain.mealplan.MealPlanRepository;
import org.kumiai.domain.mealplan.MealPlanTerms;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only, written once: each demo co-op's meal plan of the 2026 academic year, ¥96,000 as
 * the enrollment's ミール item, Monday to Saturday; HOKUTO adds ¥200 on days with breakfast before
 * 10:00. Production seeds nothing.
 */
@Singleton
@Startup
@DependsOn("CoopDemoData")
public class MealPlanDemoData {

  private static final Logger LOG = Logger.getLogger(MealPlanDemoData.class.getName());

  @Inject private DemoMode demo;
  @Inject private CoopRepository coops;
  @Inject private MealPlanRepository plans;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn() || coops.findCoop("HOKUTO").isEmpty()) {
      return false;
    }
    if (plans.findByCode("HOKUTO", "MEAL-2026").isPresent()) {
      return false;
    }
    plans.store(plan("HOKUTO", 1_000, 200));
    plans.store(plan("WAKABA", 1_100, 0));
    plans.store(plan("SETOUCHI", 1_000, 0));
    LOG.info("Demo meal plans created");
    return true;
  }

  private static MealPlan plan(String coop, long cap, long bonus) {
    return MealPlan.define(
        new MealPlanTerms(
            coop,
            2026,
            "MEAL-2026",
            "ミールプラン2026",
            "Meal plan 2026",
            96_000,
            cap,
            bonus,
            LocalTime.of(10, 0),
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2027, 1, 31)));
  }
}
