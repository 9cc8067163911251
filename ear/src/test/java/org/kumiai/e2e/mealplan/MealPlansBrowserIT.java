package org.kumiai.e2e.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;

/**
 * Staff keep their co-op's meal plans at /staff/mealplans in Chromium: the demo plan is listed; a
 * daily cap above the price and a malformed price are named next to their fields and nothing is
 * added; the corrected plan is added and listed with its terms, and its sale ended after the
 * browser's confirmation. The cafeteria report opens on this month with its CSV link.
 */
class MealPlansBrowserIT {

  @Test
  void staffAddAMealPlanAndBadTermsAreNamed() throws Exception {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, "staff@hokuto.example.jp", "Hokuto-Counter-2026!", "+819050000002");
      Journey.afterNavigation(b, () -> b.find("#to-mealplans").click());
      assertTrue(b.text("#list tr[data-plan=MEAL-2026]").contains("¥96,000"));

      Journey.fill(b, "plans", "code", code.toLowerCase());
      Journey.fill(b, "plans", "nameJa", "学生ミール");
      Journey.fill(b, "plans", "price", "九万六千");
      Journey.fill(b, "plans", "dailyCap", "１，２００");
      Journey.click(b, "plans", "define");
      assertEquals("価格の形式が正しくありません。", b.text("#plans\\:price-message"));
      Journey.fill(b, "plans", "price", "１，０００");
      Journey.click(b, "plans", "define");
      assertEquals("1日の上限が価格を超えています。", b.text("#plans\\:dailyCap-message"));
      assertTrue(b.findAll("#list tr[data-plan='" + code + "']").isEmpty(), "none added");
      b.screenshot("mealplans-1-refused.png");

      Journey.fill(b, "plans", "price", "96,000");
      Journey.click(b, "plans", "define");
      assertTrue(Journey.notice(b).orElse("").contains(code), Journey.notice(b).toString());
      String row = b.text("#list tr[data-plan='" + code + "']");
      assertTrue(row.contains("学生ミール") && row.contains("¥1,200"), row);
      assertTrue(row.contains("月火水木金土"), row);
      b.screenshot("mealplans-2-added.png");

      // Its sale ends from today: the browser asks first, and a "no" changes nothing.
      String endSale = "#list tr[data-plan='" + code + "'] button[id$='endSale']";
      b.find(endSale).click();
      b.driver().switchTo().alert().dismiss();
      assertEquals(1, b.findAll(endSale).size(), "still on sale");
      Journey.afterNavigation(
          b,
          () -> {
            b.find(endSale).click();
            b.driver().switchTo().alert().accept();
          });
      assertTrue(Journey.notice(b).orElse("").contains("販売を終了しました"), Journey.notice(b).toString());
      assertTrue(b.findAll(endSale).isEmpty(), "no second end");
      assertTrue(
          b.text("#list tr[data-plan='" + code + "']").contains("に販売終了"),
          b.text("#list tr[data-plan='" + code + "']"));
      b.screenshot("mealplans-3-sale-ended.png");

      b.open("/staff/reports/cafeteria");
      assertTrue(b.text("#days-total").startsWith("期間の合計:"), b.text("#days-total"));
      assertTrue(
          b.find("#report\\:csv").getAttribute("href").contains("cafeteria.csv?coop=HOKUTO"));
      b.screenshot("cafeteria-report.png");
    }
  }
}
