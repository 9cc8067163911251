package org.kumiai.e2e.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A member's cafeteria history in Chromium: two trays paid at the register (one item not on the
 * menu) show on today's calendar cell with their spend and energy; the day opens its items with the
 * nutrition they were sold with and the day's totals against the targets; both month charts are
 * drawn; a new target profile changes the targets; an unreadable month in the address falls back to
 * this month with a notice. The member is the generated demo member with a demo IC card (README),
 * signed up here. The shop purchase shows on /member/purchases with its items and the purse it was
 * paid from.
 */
class MealsBrowserIT {

  private static final String EMAIL = "m0002.hokuto@example.jp";
  private static final String CARD = "04A1000000000005";
  private static final String CAFE = "kr_demohokutocaf_demo-only-hokutocafe";
  private static final String SHOP = "kr_demohokutosho_demo-only-hokutoshop";

  private static void pay(long amount, String items) {
    pay("HOKUTO-CAFE", CAFE, "FOOD", amount, items);
  }

  private static void pay(String store, String key, String category, long amount, String items) {
    Http.Response r =
        Http.postJson(
            "/api/v1/payments",
            "{\"storeCode\":\""
                + store
                + "\",\"registerId\":\"R1\",\"credential\":{\"type\":\"IC_CARD\","
                + "\"value\":\""
                + CARD
                + "\"},\"amount\":"
                + amount
                + ",\"category\":\""
                + category
                + "\",\"items\":["
                + items
                + "]}",
            "Authorization",
            "Bearer " + key,
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertEquals(201, r.status(), r.body());
  }

  private static String item(String code, String name, int quantity, long unitPrice) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\""
        + name
        + "\",\"quantity\":"
        + quantity
        + ",\"unitPrice\":"
        + unitPrice
        + "}";
  }

  private static int number(String text) {
    return Integer.parseInt(text.replaceAll("[^0-9]", ""));
  }

  @Test
  void theMonthADayWithItsNutritionTheChartsAndTheTargets() throws Exception {
    String phone =
        "090-6" + (100 + (int) (Math.random() * 899)) + "-" + (1000 + (int) (Math.random() * 8999));
    try (Browser b = new Browser()) {
      Journey.signUp(b, EMAIL, phone, "佐藤", "健人");
    }
    pay(385, item("MA01", "カレーライス", 1, 330) + "," + item("SO01", "味噌汁", 1, 55));
    pay(105, item("BAG", "持ち帰り容器", 1, 50) + "," + item("SO01", "味噌汁", 1, 55));
    pay(
        "HOKUTO-SHOP",
        SHOP,
        "GOODS",
        380,
        item("NOTE-A5", "キャンパスノート A5", 2, 140) + "," + item("PEN-05", "ボールペン 0.5", 1, 100));
    // The cafeteria day begins at 04:00 in Japan (the co-op's setting).
    LocalDate today = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(4).toLocalDate();

    try (Browser b = new Browser()) {
      Journey.signInBySms(b, EMAIL, Journey.PASSWORD, Journey.e164(phone));
      Journey.afterNavigation(b, () -> b.find("#to-meals").click());
      assertEquals(today.getYear() + "年" + today.getMonthValue() + "月", b.text("#month-title"));
      String cell = b.text("#calendar td[data-date='" + today + "']");
      assertTrue(cell.contains("kcal"), cell);
      assertTrue(b.findAll("#energy-chart canvas").size() == 1, "the energy chart is drawn");
      WebElement doughnut = b.find("#balance-chart canvas");
      assertTrue(doughnut.getSize().getHeight() > 100, "the balance chart has its size");
      assertTrue(b.text("#balance").contains("たんぱく質"), b.text("#balance"));
      b.screenshot("meals-1-month.png");

      Journey.afterNavigation(b, () -> b.find("#calendar td[data-date='" + today + "'] a").click());
      assertTrue(b.text("#day-title").contains(today.getMonthValue() + "月"), b.text("#day-title"));
      assertTrue(b.findAll("#day .k-sale").size() >= 2, "both trays");
      int curry = number(b.find("#day tr[data-item='MA01'] td:nth-child(4)").getText());
      assertTrue(curry > 300, "the curry's energy as sold: " + curry);
      assertEquals("メニューにない品目のため栄養価はありません", b.text("#day tr[data-item='BAG'] td:nth-child(4)"));
      int sum = 0;
      for (WebElement energy : b.findAll("#day .k-sale tr[data-item] td:nth-child(4)")) {
        if (energy.getText().matches("[0-9]+")) {
          sum += Integer.parseInt(energy.getText());
        }
      }
      assertEquals(sum, number(b.text("#day-sum td:nth-of-type(1)")), "the day's total");
      assertEquals("2,650 kcal", b.text("#day-target td:nth-of-type(1)"), "the co-op's default");
      int spend = number(b.text("#calendar td[data-date='" + today + "'] .k-calendar__spend"));
      assertTrue(spend >= 490, "both trays in the day's spend: " + spend);
      b.screenshot("meals-2-day.png");

      new Select(b.find("#targets\\:sex")).selectByValue("FEMALE");
      new Select(b.find("#targets\\:activity")).selectByValue("LOW");
      Journey.click(b, "targets", "save");
      assertTrue(Journey.notice(b).orElse("").contains("女性・活動量 低い"), Journey.notice(b).toString());
      assertTrue(b.text("#profile-now").contains("1,700 kcal"), b.text("#profile-now"));
      assertEquals("1,700 kcal", b.text("#day-target td:nth-of-type(1)"));

      Journey.afterNavigation(b, () -> b.find("#prev-month").click());
      YearMonth previous = YearMonth.from(today).minusMonths(1);
      assertEquals(
          previous.getYear() + "年" + previous.getMonthValue() + "月", b.text("#month-title"));

      b.open("/member/purchases");
      String note = b.text(".k-sale tr[data-item='NOTE-A5']");
      assertTrue(note.contains("キャンパスノート A5") && note.contains("¥280"), note);
      assertTrue(b.text(".k-sale .k-purchase__paid").startsWith("お支払い:"), "the purse used");
      assertTrue(
          b.findAll(".k-sale tr[data-item='MA01']").isEmpty(), "cafeteria trays are not here");
      b.screenshot("purchases-1-month.png");

      b.open("/member/meals/?month=2026-13");
      assertTrue(Journey.notice(b).orElse("").contains("今月を表示"), Journey.notice(b).toString());
      assertEquals(today.getYear() + "年" + today.getMonthValue() + "月", b.text("#month-title"));
    }
  }
}
