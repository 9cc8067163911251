package org.kumiai.service.coop;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.kumiai.domain.coop.Closure;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.EmoneyOnLeaving;
import org.kumiai.domain.coop.Federation;
import org.kumiai.domain.coop.OpeningPeriod;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MealRefundRule;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only: one federation with three fictional university co-ops, each with a shop, a
 * bookstore and a cafeteria. Written once; a restart finds the federation and adds nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CoopDemoData {

  static final String FEDERATION = "DEMO";

  private static final Logger LOG = Logger.getLogger(CoopDemoData.class.getName());
  private static final Set<DayOfWeek> WEEKDAYS =
      EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

  @Inject private DemoMode demo;
  @Inject private CoopRepository coops;
  @Inject private Clock clock;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  /** Writes the demo co-ops unless demo mode is off or they exist; says whether it wrote. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn() || coops.findFederation(FEDERATION).isPresent()) {
      return false;
    }
    Federation federation =
        new Federation(
            FEDERATION, new LocalizedText("デモ大学生協事業連合", "Demo Federation of University Co-ops"));
    coops.store(federation);
    LocalDate today = LocalDate.now(clock);

    Coop hokuto =
        coop(federation, "HOKUTO", "北斗大学生活協同組合", "Hokuto University Co-op", "011-700-0001");
    // Meal plans back for the days after leaving only, so both meal refund rules show in the demo.
    hokuto.mealRefund(MealRefundRule.UNUSED_DAYS);
    store(
        hokuto,
        StoreKind.SHOP,
        "HOKUTO-SHOP",
        text("中央購買部", "Central Shop"),
        text("総合棟 1階", "Main Hall 1F"),
        today);
    store(
        hokuto,
        StoreKind.BOOKSTORE,
        "HOKUTO-BOOK",
        text("書籍部", "Bookstore"),
        text("総合棟 2階", "Main Hall 2F"),
        today);
    Store hokutoCafe =
        store(
            hokuto,
            StoreKind.CAFETERIA,
            "HOKUTO-CAFE",
            text("北斗食堂", "Hokuto Cafeteria"),
            text("学生会館", "Student Union"),
            today);
    hokutoCafe.closeFor(
        new Closure(
            today.plusDays(10),
            today.plusDays(10),
            text("臨時休業（設備点検）", "Closed for equipment inspection")));

    Coop wakaba =
        coop(federation, "WAKABA", "若葉大学生活協同組合", "Wakaba University Co-op", "03-5000-0002");
    // A co-op with other leaving rules than the default, so both show in the demo.
    wakaba.leavingRules(MonthDay.of(12, 15), EmoneyOnLeaving.SPEND_BY_END);
    store(
        wakaba,
        StoreKind.SHOP,
        "WAKABA-SHOP",
        text("若葉ショップ", "Wakaba Shop"),
        text("北キャンパス", "North Campus"),
        today);
    store(
        wakaba,
        StoreKind.BOOKSTORE,
        "WAKABA-BOOK",
        text("ブックセンター", "Book Center"),
        text("図書館棟", "Library Building"),
        today);
    Store wakabaCafe =
        store(
            wakaba,
            StoreKind.CAFETERIA,
            "WAKABA-CAFE",
            text("若葉ダイニング", "Wakaba Dining"),
            text("北キャンパス", "North Campus"),
            today);
    // A late-night cafeteria for the labs: Friday's dinner runs past midnight.
    wakabaCafe.openOn(period(FRIDAY, "17:00", "01:00"));

    Coop setouchi =
        coop(federation, "SETOUCHI", "瀬戸内大学生活協同組合", "Setouchi University Co-op", "082-400-0003");
    store(
        setouchi,
        StoreKind.SHOP,
        "SETO-SHOP",
        text("海風ショップ", "Umikaze Shop"),
        text("東キャンパス", "East Campus"),
        today);
    store(
        setouchi,
        StoreKind.BOOKSTORE,
        "SETO-BOOK",
        text("瀬戸内書房", "Setouchi Books"),
        text("東キャンパス", "East Campus"),
        today);
    store(
        setouchi,
        StoreKind.CAFETERIA,
        "SETO-CAFE",
        text("潮見食堂", "Shiomi Cafeteria"),
        text("西キャンパス", "West Campus"),
        today);

    LOG.info("Demo co-ops and stores created");
    return true;
  }

  private Coop coop(Federation federation, String code, String ja, String en, String phone) {
    Coop coop =
        new Coop(
            code,
            federation,
            new LocalizedText(ja, en),
            phone,
            code.toLowerCase() + "@coop.kumiai.example");
    coops.store(coop);
    return coop;
  }

  /** A store with the usual hours of its kind and the year-end closure. */
  private Store store(
      Coop coop,
      StoreKind kind,
      String code,
      LocalizedText name,
      LocalizedText where,
      LocalDate today) {
    Store store = new Store(code, coop, kind, name, where, coop.contactPhone());
    switch (kind) {
      case SHOP -> {
        weekdays(store, "10:00", "18:00");
        store.openOn(period(SATURDAY, "11:00", "15:00"));
      }
      case BOOKSTORE -> weekdays(store, "10:00", "17:00");
      case CAFETERIA -> {
        weekdays(store, "08:00", "10:00");
        weekdays(store, "11:00", "14:00");
        for (DayOfWeek day : EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY)) {
          store.openOn(period(day, "17:00", "20:00"));
        }
        store.openOn(period(SATURDAY, "11:00", "14:00"));
        store.openOn(period(SUNDAY, "11:00", "13:30"));
      }
    }
    store.closeFor(yearEndClosure(today));
    coops.store(store);
    return store;
  }

  private static LocalizedText text(String ja, String en) {
    return new LocalizedText(ja, en);
  }

  private static void weekdays(Store store, String opens, String closes) {
    WEEKDAYS.forEach(day -> store.openOn(period(day, opens, closes)));
  }

  private static OpeningPeriod period(DayOfWeek day, String opens, String closes) {
    return new OpeningPeriod(day, LocalTime.parse(opens), LocalTime.parse(closes));
  }

  /** 29 December to 3 January, the co-ops' usual year-end closure, next to come. */
  private static Closure yearEndClosure(LocalDate today) {
    LocalDate start = LocalDate.of(today.getYear() - 1, Month.DECEMBER, 29);
    if (start.plusDays(5).isBefore(today)) {
      start = start.plusYears(1);
    }
    return new Closure(start, start.plusDays(5), new LocalizedText("年末年始休業", "New Year holidays"));
  }
}
