package org.kumiai.service.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.coop.Closure;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.service.platform.KumiaiDeployment;

/** The store directory over the migrated schema, demo data and real JTA, in Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class StoreDirectoryIT {

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("store-directory", Map.of());
  }

  @Inject StoreDirectory directory;
  @Inject CoopRepository coops;
  @Inject CoopDemoData demoData;
  @Inject UserTransaction tx;

  private static Instant tokyo(LocalDate date, String time) {
    return LocalDateTime.of(date, LocalTime.parse(time)).atZone(CoopTime.ZONE).toInstant();
  }

  /**
   * A coming Monday whose week, and the Sunday before, are clear of the demo's New Year closure (29
   * December to 3 January), so the weekly hours alone decide.
   */
  private static LocalDate nextMonday() {
    LocalDate monday = LocalDate.now(CoopTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    while (monday.minusDays(1).datesUntil(monday.plusDays(7)).anyMatch(StoreDirectoryIT::newYear)) {
      monday = monday.plusWeeks(1);
    }
    return monday;
  }

  private static boolean newYear(LocalDate day) {
    return day.getMonthValue() == 12 && day.getDayOfMonth() >= 29
        || day.getMonthValue() == 1 && day.getDayOfMonth() <= 3;
  }

  private Map<String, StoreView> storesAt(String coop, Instant at) {
    return directory.storesOf(coop, at).stream().collect(Collectors.toMap(StoreView::code, s -> s));
  }

  @Test
  void theDemoCoopsAreListedByCode() {
    List<String> codes = directory.coops().stream().map(CoopView::code).toList();

    assertTrue(codes.containsAll(List.of("HOKUTO", "SETOUCHI", "WAKABA")), codes.toString());
    assertEquals(codes.stream().sorted().toList(), codes);
    assertEquals("北斗大学生活協同組合", directory.findCoop("HOKUTO").orElseThrow().name().ja());
  }

  @Test
  void storesComeShopThenBookstoreThenCafeteriaWithTheirWeek() {
    List<StoreView> stores = directory.storesOf("WAKABA", Instant.now());

    assertEquals(
        List.of(StoreKind.SHOP, StoreKind.BOOKSTORE, StoreKind.CAFETERIA),
        stores.stream().map(StoreView::kind).toList());
    StoreView cafe = stores.get(2);
    assertEquals(
        17,
        cafe.weeklyPeriods().size(),
        "breakfast and lunch Mon-Fri, dinner Mon-Thu, Friday late, Sat, Sun");
    assertTrue(
        cafe.weeklyPeriods().stream()
            .anyMatch(p -> p.day() == DayOfWeek.FRIDAY && p.passesMidnight()),
        "Wakaba's Friday dinner runs past midnight");
  }

  @Test
  void openNowFollowsTheWeeklyHoursInTokyoTime() {
    LocalDate monday = nextMonday();

    Map<String, StoreView> noon = storesAt("HOKUTO", tokyo(monday, "12:00"));
    assertTrue(noon.get("HOKUTO-SHOP").status().open());
    assertTrue(noon.get("HOKUTO-BOOK").status().open());
    assertTrue(noon.get("HOKUTO-CAFE").status().open());
    assertEquals(tokyo(monday, "14:00"), noon.get("HOKUTO-CAFE").status().changesAt().get());

    Map<String, StoreView> between = storesAt("HOKUTO", tokyo(monday, "10:30"));
    assertFalse(between.get("HOKUTO-CAFE").status().open(), "breakfast ends at 10:00");
    assertEquals(tokyo(monday, "11:00"), between.get("HOKUTO-CAFE").status().changesAt().get());

    Map<String, StoreView> sunday = storesAt("HOKUTO", tokyo(monday.minusDays(1), "12:00"));
    assertFalse(sunday.get("HOKUTO-SHOP").status().open());
    assertTrue(sunday.get("HOKUTO-CAFE").status().open());
  }

  @Test
  void aPeriodPastMidnightIsOpenInTheSmallHours() {
    LocalDate saturday = nextMonday().plusDays(5);

    assertTrue(storesAt("WAKABA", tokyo(saturday, "00:30")).get("WAKABA-CAFE").status().open());
    assertFalse(storesAt("WAKABA", tokyo(saturday, "01:00")).get("WAKABA-CAFE").status().open());
  }

  @Test
  void aSpecialClosureClosesTheStoreAndIsListedAhead() {
    StoreView shop = storesAt("SETOUCHI", Instant.now()).get("SETO-SHOP");
    Closure yearEnd = shop.upcomingClosures().get(0);
    assertEquals("年末年始休業", yearEnd.reason().ja());
    LocalDate weekdayInClosure =
        yearEnd.firstDay().getDayOfWeek() == DayOfWeek.SATURDAY
                || yearEnd.firstDay().getDayOfWeek() == DayOfWeek.SUNDAY
            ? yearEnd.firstDay().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            : yearEnd.firstDay();

    StoreView closed = storesAt("SETOUCHI", tokyo(weekdayInClosure, "12:00")).get("SETO-SHOP");

    assertFalse(closed.status().open());
    assertTrue(closed.status().changesAt().get().isAfter(tokyo(yearEnd.lastDay(), "23:59")));
  }

  @Test
  void anUnknownCoopIsNamedInTheFailure() {
    CoopNotFoundException e =
        assertThrows(CoopNotFoundException.class, () -> directory.storesOf("NOPE"));
    assertEquals("NOPE", e.code());
  }

  @Test
  void demoDataIsWrittenOnlyOnce() {
    Set<String> before = directory.coops().stream().map(CoopView::code).collect(Collectors.toSet());
    int storesBefore = directory.storesOf("HOKUTO").size();

    assertFalse(demoData.seedIfAbsent());

    Set<String> after = directory.coops().stream().map(CoopView::code).collect(Collectors.toSet());
    assertEquals(before, after);
    assertEquals(storesBefore, directory.storesOf("HOKUTO").size());
  }

  @Test
  void aRolledBackTransactionLeavesNothingAndACommittedOneStays() throws Exception {
    tx.begin();
    coops.store(newCoop("ROLLED-BACK"));
    tx.rollback();
    assertTrue(directory.findCoop("ROLLED-BACK").isEmpty());

    tx.begin();
    coops.store(newCoop("COMMITTED"));
    tx.commit();
    assertTrue(directory.findCoop("COMMITTED").isPresent());
  }

  private Coop newCoop(String code) {
    return new Coop(
        code,
        coops.findFederation(CoopDemoData.FEDERATION).orElseThrow(),
        new LocalizedText("テスト生協", "Test Co-op"),
        null,
        null);
  }
}
