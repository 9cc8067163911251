package org.kumiai.e2e.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff at the counter in Chromium: a payment taken by IC card, a cash charge, a refund with its
 * reason from the member page, the year's meal plan sold for cash, and the e-money report with its
 * CSV — each named field error on the way. Hanako's HOKUTO card is a demo card (README); figures
 * are compared before and after, so other tests' payments do not matter.
 */
class CounterBrowserIT {

  private static final String CARD = "04A1000000000002";

  private static long yen(String text) {
    String digits = text.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }

  private static long purse(Browser b, String purse) {
    return yen(b.text("#balances [data-purse='" + purse + "'] dd"));
  }

  /** The wallet tab of 佐藤 花子's member page, found by the member search. */
  private static void openHanakosWalletTab(Browser staff) {
    staff.open("/staff/members?q=hanako.sato@example.jp");
    Journey.afterNavigation(staff, () -> staff.find(".k-members__link").click());
    staff.driver().findElement(By.xpath("//a[contains(text(),'電子マネー')]")).click();
  }

  @Test
  void staffTakeAPaymentChargeCashRefundAndReadTheReport() throws Exception {
    try (Browser staff = new Browser()) {
      Journey.signInBySms(
          staff, "staff@hokuto.example.jp", "Hokuto-Counter-2026!", "+819050000002");
      staff.open("/staff/reports/wallet");
      // Before any payment today the table is not there: nothing paid yet.
      long paidBefore = staff.findAll("#paid-total").isEmpty() ? 0 : yen(staff.text("#paid-total"));
      staff.screenshot("wallet-report-before.png");
      long pointsBefore = Long.parseLong(staff.find("#points-earned").getAttribute("data-points"));

      staff.open("/staff/");
      Journey.afterNavigation(staff, () -> staff.find("#to-register").click());
      new Select(staff.find("#register\\:store")).selectByValue("HOKUTO-CAFE");
      Journey.fill(staff, "register", "credential", CARD);
      Journey.click(staff, "register", "find");
      Map<String, Long> before =
          Map.of("CAFETERIA", purse(staff, "CAFETERIA"), "BASE", purse(staff, "BASE"));
      assertTrue(before.get("CAFETERIA") + before.get("BASE") >= 1_200, before.toString());

      assertEquals("金額は数字で入力してください。", Journey.refusal(staff, "register", "payAmount", "千円", "pay"));
      assertEquals(
          "金額が大きすぎます。", Journey.refusal(staff, "register", "payAmount", "120000000", "pay"));

      Journey.fill(staff, "register", "payAmount", "１，２００");
      Journey.click(staff, "register", "pay");
      assertTrue(staff.text("#register\\:notices").contains("1,200円のお支払いを受け付けました"));
      String paymentId = staff.text("#receipt-id");
      assertEquals("¥1,200", staff.text("#receipt-amount"));
      assertEquals("¥6", staff.text("#receipt-points"), "0.5% of 1,200");
      long fromCafeteria = Math.min(1_200, before.get("CAFETERIA"));
      assertEquals(before.get("CAFETERIA") - fromCafeteria, purse(staff, "CAFETERIA"));
      assertEquals(before.get("BASE") - (1_200 - fromCafeteria), purse(staff, "BASE"));
      staff.screenshot("counter-payment.png");

      Journey.fill(staff, "register", "payAmount", "9999999");
      Journey.click(staff, "register", "pay");
      assertEquals("残高が足りません。金額を減らすか、先にチャージしてください。", staff.text("#register\\:payAmount-message"));

      staff.find("#register\\:purse input[value='CAFETERIA']").click();
      Journey.fill(staff, "register", "amount", "1000");
      Journey.click(staff, "register", "cash");
      assertTrue(staff.text("#register\\:notices").contains("1,000円を食堂マネーにチャージしました"));
      assertEquals(before.get("CAFETERIA") - fromCafeteria + 1_000, purse(staff, "CAFETERIA"));
      // The same cash form posted again (a second press after the first went through, or the
      // browser's resend) charges once.
      Journey.fill(staff, "register", "amount", "1000");
      assertEquals(List.of(200L, 200L), Journey.postTwice(staff, "register", "cash"));
      Journey.click(staff, "register", "find");
      assertEquals(before.get("CAFETERIA") - fromCafeteria + 2_000, purse(staff, "CAFETERIA"));

      openHanakosWalletTab(staff);
      assertEquals(
          "1200",
          staff
              .find("#payments [data-payment='" + paymentId + "'] [data-refundable]")
              .getAttribute("data-refundable"));
      new Select(staff.find("#tabs\\:walletRefund\\:payment")).selectByValue(paymentId);
      Journey.fill(staff, "tabs:walletRefund", "refundAmount", "200");
      Journey.click(staff, "tabs:walletRefund", "refund");
      assertEquals("返金の理由を入力してください。", staff.text("#tabs\\:walletRefund\\:refundReason-message"));
      new Select(staff.find("#tabs\\:walletRefund\\:payment")).selectByValue(paymentId);
      Journey.fill(staff, "tabs:walletRefund", "refundAmount", "5000");
      Journey.fill(staff, "tabs:walletRefund", "refundReason", "揚げ物が品切れ");
      Journey.click(staff, "tabs:walletRefund", "refund");
      assertEquals(
          "返金額が、返金できる額を超えています。", staff.text("#tabs\\:walletRefund\\:refundAmount-message"));
      new Select(staff.find("#tabs\\:walletRefund\\:payment")).selectByValue(paymentId);
      Journey.fill(staff, "tabs:walletRefund", "refundAmount", "200");
      Journey.fill(staff, "tabs:walletRefund", "refundReason", "揚げ物が品切れ");
      Journey.click(staff, "tabs:walletRefund", "refund");
      assertTrue(Journey.notice(staff).orElse("").contains("200円を返金しました"));
      assertEquals(
          "1000",
          staff
              .find("#payments [data-payment='" + paymentId + "'] [data-refundable]")
              .getAttribute("data-refundable"));
      // The refund form posted twice: one refund of 100.
      new Select(staff.find("#tabs\\:walletRefund\\:payment")).selectByValue(paymentId);
      Journey.fill(staff, "tabs:walletRefund", "refundAmount", "100");
      Journey.fill(staff, "tabs:walletRefund", "refundReason", "袋代");
      assertEquals(List.of(200L, 200L), Journey.postTwice(staff, "tabs:walletRefund", "refund"));
      openHanakosWalletTab(staff);
      assertEquals(
          "900",
          staff
              .find("#payments [data-payment='" + paymentId + "'] [data-refundable]")
              .getAttribute("data-refundable"));
      staff.screenshot("counter-refund.png");

      // The member telephones about a lost card: staff stop the wallet, then resume it.
      Journey.click(staff, "tabs:walletSuspend", "suspend");
      assertEquals("理由を入力してください。", staff.text("#tabs\\:walletSuspend\\:reason-message"));
      Journey.fill(staff, "tabs:walletSuspend", "reason", "本人から電話（学生証紛失）");
      Journey.click(staff, "tabs:walletSuspend", "suspend");
      assertEquals("SUSPENDED", staff.find("#wallet-status").getAttribute("data-wallet-status"));
      staff.screenshot("counter-suspended.png");
      Journey.fill(staff, "tabs:walletResume", "reason", "学生証で本人確認");
      Journey.click(staff, "tabs:walletResume", "resume");
      assertEquals("ACTIVE", staff.find("#wallet-status").getAttribute("data-wallet-status"));

      // The wallet's whole history from the tab: today's payment with its refunds, the cash
      // charges, filtered by kind, and the same as CSV.
      Journey.afterNavigation(staff, () -> staff.find("#wallet-history").click());
      assertTrue(staff.text("#history-of").contains("佐藤 花子"), staff.text("#history-of"));
      new Select(staff.find("#history\\:kind")).selectByValue("REFUND");
      Journey.click(staff, "history", "show");
      assertEquals(2, staff.findAll("#history\\:rows .k-history__row").size(), "200 and 100");
      new Select(staff.find("#history\\:kind")).selectByValue("CHARGE");
      Journey.click(staff, "history", "show");
      assertTrue(
          staff.findAll("#history\\:rows .k-history__row").size() >= 2, "the two cash charges");
      staff.screenshot("staff-wallet-history.png");
      String history =
          (String)
              staff
                  .driver()
                  .executeAsyncScript(
                      "const done = arguments[0];"
                          + "fetch(document.getElementById('history:csv').href)"
                          + ".then(r => r.text()).then(done);");
      assertTrue(history.contains(",CHARGE,"), history);
      assertTrue(!history.contains(",PAYMENT,"), "filtered by kind: " + history);
      openHanakosWalletTab(staff);

      // The year's meal plan sold at the counter for cash: no plan chosen is named, then the sale.
      new Select(staff.find("#tabs\\:walletMealPlan\\:plan")).selectByIndex(0);
      Journey.click(staff, "tabs:walletMealPlan", "sellPlan");
      assertEquals("ミールプランを選んでください。", staff.text("#tabs\\:walletMealPlan\\:plan-message"));
      new Select(staff.find("#tabs\\:walletMealPlan\\:plan")).selectByIndex(1);
      new Select(staff.find("#tabs\\:walletMealPlan\\:store")).selectByValue("HOKUTO-SHOP");
      Journey.click(staff, "tabs:walletMealPlan", "sellPlan");
      assertTrue(
          Journey.notice(staff).orElse("").contains("ミールに入金しました"),
          Journey.notice(staff).toString());
      assertTrue(staff.text("#held-plan").contains("ミールプラン2026"), staff.text("#held-plan"));
      assertEquals("¥96,000", staff.text("#wallet-balances [data-purse='MEAL'] dd"));
      assertTrue(
          staff.text("#wallet-balances [data-purse='POINTS'] dd").endsWith("ポイント"),
          "points as points, as the member sees them");
      assertTrue(staff.findAll("#tabs\\:walletMealPlan\\:sellPlan").isEmpty(), "one a year");
      staff.screenshot("counter-mealplan.png");

      staff.open("/staff/reports/wallet");
      assertEquals("true", staff.find("#balanced").getAttribute("data-balanced"));
      assertEquals(
          staff.find("#liability-total").getAttribute("data-yen"),
          staff.find("#ledger-total").getAttribute("data-yen"));
      assertEquals(
          staff.find("#liability-total").getAttribute("data-yen"),
          staff.find("#closing [data-yen]").getAttribute("data-yen"),
          "this month's closing balance is what the purses hold now");
      assertTrue(
          staff
              .find("#movements [data-kind='PAYMENT'] [data-yen]")
              .getAttribute("data-yen")
              .startsWith("-"),
          "payments took from the purses this month");
      assertEquals(1_200, yen(staff.text("#paid-total")) - paidBefore);
      assertEquals(
          yen(staff.text("#paid-total")) - yen(staff.text("#refunded-total")),
          yen(staff.text("#net-total")),
          "the net column has its total too");
      assertEquals(
          6,
          Long.parseLong(staff.find("#points-earned").getAttribute("data-points")) - pointsBefore);
      staff.screenshot("wallet-report.png");
      String csv =
          (String)
              staff
                  .driver()
                  .executeAsyncScript(
                      "const done = arguments[0];"
                          + "fetch(document.getElementById('report:csv').href)"
                          + ".then(r => r.text()).then(done);");
      assertTrue(csv.contains("section,coop,from,to,key,detail,count,yen"), csv);
      assertTrue(csv.contains(",HOKUTO-CAFE,CAFETERIA paid,"), csv);

      staff
          .driver()
          .executeScript(
              "document.getElementById('report:from').value = '2026-11-30';"
                  + "document.getElementById('report:to').value = '2026-11-01';");
      Journey.click(staff, "report", "show");
      assertEquals("期間（まで）が期間の始まりより前です。", staff.text("#report\\:to-message"));
    }
  }
}
