package org.kumiai.e2e.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The membership card in Chromium: a demo member signs up and opens the card (number, barcode, QR
 * code of a token renewed by ajax under the CSP); the counter staff of her co-op checks the token
 * and sees her name; the staff of another co-op and a tampered token get "invalid".
 */
class CardBrowserIT {

  private static final String MEMBER = "sakura.yamamoto@setouchi.example.jp";
  private static final String PHONE = "070-3333-7003";

  private static void waitForAjax(Browser b) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(15), Browser.POLL)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private static String token(Browser b) {
    return b.find(".k-mcard [data-token]").getAttribute("data-token");
  }

  /** Types the token into the check page and presses Check; returns the result panel. */
  private static WebElement check(Browser b, String token) {
    Journey.fill(b, "check", "token", token);
    Journey.click(b, "check", "checkToken");
    assertEquals("", b.find("#check\\:token").getAttribute("value"), "emptied for the next scan");
    return b.find("#check\\:result");
  }

  /** As a barcode scanner does: types into the focused field, then Enter. */
  private static WebElement scan(Browser b, String token) {
    assertEquals("check:token", b.driver().switchTo().activeElement().getAttribute("id"));
    Journey.afterNavigation(
        b, () -> b.driver().switchTo().activeElement().sendKeys(token + Keys.ENTER));
    assertEquals(
        "check:token",
        b.driver().switchTo().activeElement().getAttribute("id"),
        "ready for the next scan");
    return b.find("#check\\:result");
  }

  private static void assertNoCspViolations(Browser b) {
    List<LogEntry> log = b.consoleLog();
    if (log == null) {
      System.out.println("Browser log API not supported: CSP console check skipped");
      return;
    }
    List<String> violations =
        log.stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertEquals(List.of(), violations);
  }

  @Test
  void aMemberShowsTheCardAndOnlyHerCoopsCounterSeesItValid() throws Exception {
    try (Browser b = new Browser()) {
      Journey.signUp(b, MEMBER, PHONE, "山本", "さくら");
    }
    String token;
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, MEMBER, Journey.PASSWORD, Journey.e164(PHONE));
      assertTrue(b.path().startsWith("/member"), b.path());
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("to-card")).click());
      assertEquals("/member/card", b.path());

      List<WebElement> cards = b.findAll(".k-mcard");
      assertEquals(1, cards.size());
      WebElement card = cards.get(0);
      assertEquals("SETOUCHI", card.getAttribute("data-coop"));
      assertEquals("2026-0000-0099", b.text(".k-mcard__number"));
      assertEquals("山本 さくら", b.text(".k-mcard__name"));
      assertEquals("ヤマモト サクラ", b.text(".k-mcard__kana"));
      assertEquals("瀬戸内大学生活協同組合", b.text(".k-mcard__coop"));
      assertTrue(
          b.text(".k-mcard__validity").matches("\\d{4}年3月31日\\(.\\)まで"),
          b.text(".k-mcard__validity"));
      assertTrue(
          b.text(".k-mcard__expiry").matches("QRコードの有効期限 \\d{1,2}:\\d{2}"),
          b.text(".k-mcard__expiry"));
      for (String image : List.of(".k-mcard__barimage", ".k-mcard__qrimage")) {
        WebElement img = b.find(image);
        assertTrue(img.getAttribute("src").startsWith("data:image/svg+xml;base64,"), image);
        assertTrue(
            Boolean.TRUE.equals(
                b.driver()
                    .executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)),
            image + " drawn");
      }
      token = token(b);
      assertTrue(token.matches("[A-Za-z0-9_-]{44}"), token);
      b.screenshot("card-1-member.png");

      // The poll's own request, fired now instead of in four minutes: PrimeFaces ajax under the
      // page's CSP renews the token in place.
      Thread.sleep(1100); // a token names its expiry in whole seconds
      b.driver()
          .executeScript(
              "var w = Object.values(PrimeFaces.widgets)"
                  + ".find(function (w) { return w instanceof PrimeFaces.widget.Poll; });"
                  + "w.cfg.fn();");
      waitForAjax(b);
      String polled = token(b);
      assertNotEquals(token, polled, "the poll renewed the token");
      Thread.sleep(1100);
      b.driver().findElement(By.id("card:refresh")).click();
      waitForAjax(b);
      assertNotEquals(polled, token(b), "the button renewed the token");
      assertEquals("2026-0000-0099", b.text(".k-mcard__number"));
      assertNoCspViolations(b);

      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("lang-en")).click());
      assertEquals("Setouchi University Co-op", b.text(".k-mcard__coop"));
      assertEquals("Active", b.text(".k-mcard__status"));
      assertTrue(b.text(".k-mcard__expiry").startsWith("QR code valid until "));
      b.screenshot("card-1-member-en.png");
    }

    try (Browser b = new Browser()) {
      Journey.signInBySms(
          b, "staff@setouchi.example.jp", "Setouchi-Counter-2026!", "+819050000004");
      assertEquals("/staff/", b.path());
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("to-card-check")).click());
      assertEquals("/staff/card-check", b.path());

      WebElement valid = scan(b, token);
      assertEquals("VALID", valid.getAttribute("data-result"));
      assertEquals("有効な組合員証です", b.text(".k-check__verdict"));
      assertEquals("山本 さくら（ヤマモト サクラ）", b.text("#checked-name"));
      assertEquals("2026-0000-0099", b.text("#checked-number"));
      assertEquals("瀬戸内大学生活協同組合", b.text("#checked-coop"));
      assertEquals("有効", b.text("#checked-status"));
      b.screenshot("card-2-check-valid.png");

      char c = token.charAt(20);
      String tampered = token.substring(0, 20) + (c == 'A' ? 'B' : 'A') + token.substring(21);
      WebElement invalid = check(b, tampered);
      assertEquals("INVALID", invalid.getAttribute("data-result"));
      assertEquals("無効なコードです", b.text(".k-check__verdict"));
      assertTrue(b.findAll("#checked-name").isEmpty(), "nothing about anyone");
      b.screenshot("card-3-check-invalid.png");

      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("lang-en")).click());
      check(b, token);
      assertEquals("Valid membership card", b.text(".k-check__verdict"));
      assertEquals("Setouchi University Co-op", b.text("#checked-coop"));
      assertEquals("Active", b.text("#checked-status"));
      b.screenshot("card-4-check-valid-en.png");
      check(b, tampered);
      assertEquals("Invalid code", b.text(".k-check__verdict"));
    }

    try (Browser b = new Browser()) {
      Journey.signInBySms(b, "staff@hokuto.example.jp", "Hokuto-Counter-2026!", "+819050000002");
      b.open("/staff/card-check");
      WebElement otherCoop = scan(b, token);
      assertEquals("INVALID", otherCoop.getAttribute("data-result"), "another co-op's card");
      assertEquals("無効なコードです", b.text(".k-check__verdict"));
      assertTrue(b.findAll("#checked-name").isEmpty());
      assertFalse(b.text("#check\\:result").contains("山本"));
    }

    try (Browser b = new Browser()) {
      b.open("/staff/card-check");
      assertTrue(b.findAll("#check\\:token").isEmpty(), "not without signing in as staff");
    }
  }
}
