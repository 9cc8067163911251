package org.kumiai.e2e.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Enrollment in Chromium: an applicant joins and pays by card (a declined card first), the welcome
 * mail reaches the SMTP server with the number, and its link opens the portal sign-up; another
 * applicant's card payment goes unanswered and they come to the counter, where staff are told it
 * went through (no cash taken); a paper application typed in at the counter is paid in cash.
 */
class JoinBrowserIT {

  private static final String FORM = "join";

  private static String someone() {
    return "applicant-" + UUID.randomUUID() + "@example.jp";
  }

  private static void select(Browser b, String id, String visibleText) {
    new Select(b.find("#join\\:" + id)).selectByVisibleText(visibleText);
  }

  /** A birth date of its own for each applicant, so no two are the same person. */
  private static String bornOn() {
    return LocalDate.of(2001, 4, 1).plusDays((long) (Math.random() * 2_500)).toString();
  }

  /** Co-op, applicant and items, up to the review. */
  private static void applyUpToReview(Browser b, String email) {
    b.open("/join");
    fillApplicant(b, email, bornOn());
    Journey.click(b, FORM, "checkApplicant");
    assertTrue(Journey.showingIn(b, FORM, "items"), "on to the items");
  }

  private static void fillApplicant(Browser b, String email, String born) {
    select(b, "coop", "北斗大学生活協同組合");
    Journey.click(b, FORM, "chooseCoop");
    Journey.fill(b, FORM, "familyName", "生協");
    Journey.fill(b, FORM, "givenName", "花子");
    Journey.fill(b, FORM, "familyKana", "ｾｲｷｮｳ");
    Journey.fill(b, FORM, "givenKana", "ハナコ");
    Journey.fill(b, FORM, "dateOfBirth", born);
    Journey.fill(b, FORM, "email", email);
    Journey.fill(b, FORM, "phone", "090-6000-0002");
    Journey.fill(b, FORM, "postalCode", "０６０－０８０８");
    select(b, "prefecture", "北海道");
    Journey.fill(b, FORM, "city", "札幌市北区");
    Journey.fill(b, FORM, "addressLine1", "北8条西5丁目");
    new Select(b.find("#join\\:affiliation")).selectByValue("STUDENT");
    Journey.fill(b, FORM, "department", "工学部");
  }

  /** A card with a future expiry, a security code and the holder's birthday (MMDD). */
  private static void fillCard(Browser b, String form, String number) {
    Journey.fill(b, form, "cardNumber", number);
    Journey.fill(b, form, "cardExpiry", "12/30");
    Journey.fill(b, form, "cardCode", "123");
    Journey.fill(b, form, "cardBirthday", "0402");
  }

  private static long yen(String text) {
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  @Test
  void anApplicantJoinsPaysByCardAndGetsTheNumberByMail() throws Exception {
    String email = someone();
    try (Browser b = new Browser()) {
      b.open("/join");
      Journey.click(b, FORM, "chooseCoop");
      assertEquals("生協を選んでください。", b.text("#join\\:coop-message"));
      select(b, "coop", "北斗大学生活協同組合");
      Journey.click(b, FORM, "chooseCoop");
      Journey.fill(b, FORM, "familyKana", "せいきょう");
      Journey.fill(b, FORM, "email", "not-an-address");
      Journey.fill(b, FORM, "dateOfBirth", "2007/02/30");
      Journey.click(b, FORM, "checkApplicant");
      assertEquals("セイ（カタカナ）はカタカナで入力してください。", b.text("#join\\:familyKana-message"));
      assertEquals("メールアドレスの形式が正しくありません。", b.text("#join\\:email-message"));
      assertEquals("生年月日の形式が正しくありません。", b.text("#join\\:dateOfBirth-message"));
      assertEquals("身分を選んでください。", b.text("#join\\:affiliation-message"));
      b.screenshot("join-1-applicant-refused.png");

      applyUpToReview(b, email);
      b.find("tr[data-item=SHARE] input").clear();
      b.find("tr[data-item=SHARE] input").sendKeys("9");
      Journey.click(b, FORM, "review");
      assertEquals("生協加入（出資金）が最低数に足りません。", b.text("#join\\:notices li"));
      b.find("tr[data-item=SHARE] input").clear();
      b.find("tr[data-item=SHARE] input").sendKeys("10");
      b.find("tr[data-item=G1200] input").click();
      b.find("tr[data-item='110'] input").click();
      b.find("tr[data-item=EMONEY] input").sendKeys("40,000");
      b.find("tr[data-item=MEAL] input").click();
      b.screenshot("join-2-items.png");
      Journey.click(b, FORM, "review");
      assertTrue(Journey.showingIn(b, FORM, "review"));
      assertEquals("¥179,850", b.text("#total"), "20,000 + 14,400 + 9,450 + 40,000 + 96,000");
      b.screenshot("join-3-review.png");

      Journey.click(b, FORM, "apply");
      assertTrue(Journey.showingIn(b, FORM, "payment"));
      fillCard(b, FORM, "4000 0000 0000 0002");
      Journey.click(b, FORM, "pay");
      assertTrue(b.text("#join\\:notices li").contains("承認されませんでした"));
      Journey.fill(b, FORM, "cardNumber", "4000 0000 0000 9979");
      Journey.fill(b, FORM, "cardCode", "123");
      Journey.click(b, FORM, "pay");
      assertEquals(
          "カード会社により決済が承認されませんでした。カードの内容を確かめるか、別のカードをお使いください。",
          b.text("#join\\:notices li"),
          "a reason the portal has no words of its own for: the plain decline");
      Journey.fill(b, FORM, "cardNumber", "4242 4242 4242 4241");
      Journey.fill(b, FORM, "cardCode", "123");
      Journey.click(b, FORM, "pay");
      assertEquals("カード番号に誤りがあります。もう一度ご確認ください。", b.text("#join\\:cardNumber-message"));
      b.screenshot("join-4-payment-refused.png");
      Journey.fill(b, FORM, "cardNumber", "4242 4242 4242 4242");
      Journey.fill(b, FORM, "cardCode", "123");
      Journey.click(b, FORM, "pay");
      assertTrue(Journey.showingIn(b, FORM, "done"), "paid");
      String number = b.text("#number");
      assertTrue(number.matches("\\d{4}-\\d{4}-\\d{4}"), number);
      b.screenshot("join-5-done.png");

      String subject = Journey.mailSubject(email, 1);
      assertTrue(subject.contains("組合員番号のお知らせ"), subject);
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("join:toSignUp")).click());
      assertTrue(b.path().startsWith("/signup?email="), b.path());
      assertTrue(Journey.showingIn(b, "signup", "email-code"));
    }

    // The new member signs up with the address and sees the insurance on the member home.
    String phone =
        "090-6" + (100 + (int) (Math.random() * 899)) + "-" + (1000 + (int) (Math.random() * 8999));
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, phone, "生協", "花子");
    }
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, email, Journey.PASSWORD, Journey.e164(phone));
      assertEquals("/member/", b.path());
      assertEquals("1", b.text("#memberships"), "linked to the new membership");
      assertTrue(b.text("#coverage tr[data-item=G1200]").contains("保障中"));
      assertTrue(b.text("#coverage tr[data-item='110']").contains("保障中"));
      b.screenshot("join-6-member-home.png");

      // The wallet: not usable before activation; a code by mail, the consent, then the
      // e-money bought at enrollment is there.
      Journey.afterNavigation(b, () -> b.find("#to-wallet").click());
      assertEquals("INACTIVE", b.find("#status").getAttribute("data-wallet-status"));
      Journey.afterNavigation(b, () -> b.find("#wallet\\:to-activate").click());
      int mails = Journey.mailCount(email);
      Journey.click(b, "activate", "send");
      Journey.fill(b, "activate", "code", Journey.mailedCode(email, mails + 1));
      Journey.click(b, "activate", "confirm");
      assertTrue(Journey.showingIn(b, "activate", "consent"));
      assertTrue(b.text("#scopes").contains("残高と利用履歴を見る"));
      b.screenshot("wallet-1-consent.png");
      Journey.click(b, "activate", "allow");
      assertTrue(Journey.showingIn(b, "activate", "done"));
      // The other channel added as a login method, as the seeds recommend.
      assertEquals("true", b.find("#login-email").getAttribute("data-set"));
      assertEquals("false", b.find("#login-phone").getAttribute("data-set"));
      Journey.click(b, "activate", "addPhone");
      Journey.fill(b, "activate", "code", Journey.latestCode(Journey.e164(phone)));
      Journey.click(b, "activate", "confirm");
      assertEquals("true", b.find("#login-phone").getAttribute("data-set"));
      b.screenshot("wallet-1b-login-methods.png");
      Journey.afterNavigation(b, () -> b.find("#activate\\:to-wallet").click());
      assertEquals("ACTIVE", b.find("#status").getAttribute("data-wallet-status"));
      assertEquals("¥40,000", b.text("[data-purse=BASE] dd"));
      b.screenshot("wallet-2-active.png");

      // A charge by card built from a preset button, its receipt, and the history.
      Journey.afterNavigation(b, () -> b.find("#wallet\\:to-charge").click());
      b.find("#presets button").click();
      // The amount field is replaced by each button's ajax update.
      new WebDriverWait(b.driver(), Duration.ofSeconds(10), Browser.POLL)
          .ignoring(StaleElementReferenceException.class)
          .until(d -> "1000".equals(b.value("#charge\\:amount")));
      b.findAll("#presets button").get(1).click();
      new WebDriverWait(b.driver(), Duration.ofSeconds(10), Browser.POLL)
          .ignoring(StaleElementReferenceException.class)
          .until(d -> "4000".equals(b.value("#charge\\:amount")));
      b.find("#charge\\:purse input[value=CAFETERIA]").click();
      Journey.click(b, "charge", "next");
      assertTrue(Journey.showingIn(b, "charge", "card"));
      // The card company does not answer (the simulator's 4000 0000 0000 0119, once): the charge
      // may have gone through, so another amount is refused until this one is asked again.
      String timesOut = "4000 0000 0000 0119";
      fillCard(b, "charge", timesOut);
      Journey.click(b, "charge", "pay");
      assertTrue(b.text("#charge\\:notices").contains("応答がありませんでした"));
      Journey.click(b, "charge", "back");
      Journey.fill(b, "charge", "amount", "5000");
      Journey.click(b, "charge", "next");
      fillCard(b, "charge", timesOut);
      Journey.click(b, "charge", "pay");
      assertTrue(
          b.text("#charge\\:notices").contains("前回の¥4,000のチャージ"), b.text("#charge\\:notices"));
      b.screenshot("wallet-3-charge-card.png");
      Journey.click(b, "charge", "back");
      Journey.fill(b, "charge", "amount", "4000");
      Journey.click(b, "charge", "next");
      fillCard(b, "charge", timesOut);
      Journey.click(b, "charge", "pay");
      assertTrue(Journey.showingIn(b, "charge", "done"));
      assertEquals("¥4,000", b.text("#charged"), "the charge that had gone through, once");
      assertEquals("¥140,000", b.text("#spendable"), "with the meal plan's 96,000");
      assertTrue(Journey.mailSubject(email, mails + 2).contains("チャージ完了"));
      b.open("/member/wallet/history");
      assertEquals(2, b.findAll("#history\\:rows .k-history__row").size(), "deposit and charge");
      b.screenshot("wallet-4-history.png");
      String csv =
          (String)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[0];"
                          + "fetch(document.getElementById('history:csv').href)"
                          + ".then(r => r.text()).then(done);");
      // The browser's text() drops the byte order mark the file starts with.
      assertTrue(csv.startsWith("id,occurred_at,kind"), csv);
      assertTrue(csv.contains(",CHARGE,") && csv.contains(",DEPOSIT,"), "the CSV download: " + csv);

      // A convenience-store charge: the slip, then the aggregator's signed notice (the demo
      // simulator sends it over HTTP) credits BASE.
      b.open("/member/wallet/charge");
      Journey.fill(b, "charge", "amount", "2000");
      b.find("#charge\\:method input[value=KONBINI]").click();
      Journey.click(b, "charge", "next");
      assertTrue(Journey.showingIn(b, "charge", "konbini"));
      new Select(b.find("#charge\\:chain")).selectByValue("LAWSON");
      Journey.fill(b, "charge", "payerName", "生協 花子");
      Journey.fill(b, "charge", "payerKana", "ｾｲｷｮｳ ﾊﾅｺ");
      Journey.fill(b, "charge", "payerEmail", email);
      Journey.fill(b, "charge", "payerPhone", phone);
      Journey.click(b, "charge", "issueSlip");
      assertTrue(Journey.showingIn(b, "charge", "slip"));
      String slip = b.text("#slip-number");
      assertTrue(b.text("#slip-until").contains("23:59"), b.text("#slip-until"));
      b.screenshot("wallet-5-konbini-slip.png");
      String row = "#wallet\\:slips tr[data-slip='" + slip + "']";
      b.open("/member/wallet/");
      assertEquals("ISSUED", b.find(row).getAttribute("data-stage"), "the wallet lists the slip");
      assertEquals("お支払い待ち", b.text(row + " .k-badge"));
      b.open("/dev/konbini");
      Journey.afterNavigation(
          b, () -> b.find("tr[data-slip='" + slip + "'] button[id$='preliminary']").click());
      b.open("/member/wallet/");
      assertEquals("お支払い済み・入金確認中", b.text(row + " .k-badge"), "paid at the till");
      b.screenshot("wallet-5b-konbini-preliminary.png");
      b.open("/dev/konbini");
      Journey.afterNavigation(
          b, () -> b.find("tr[data-slip='" + slip + "'] button[id$='confirmed']").click());
      assertTrue(
          b.text("#konbini\\:notices li").contains("CREDITED"), b.text("#konbini\\:notices li"));
      b.open("/member/wallet/");
      assertEquals("¥42,000", b.text("[data-purse=BASE] dd"));
      assertEquals("PAID", b.find(row).getAttribute("data-stage"));

      // Base money into the cafeteria purse: a blank, a huge or a too large amount is named at
      // the field and moves nothing; the same form posted again moves it once.
      b.open("/member/wallet/transfer");
      long cafeteria = yen(b.text("#cafeteria"));
      assertEquals("金額を入力してください。", Journey.refusal(b, "transfer", "amount", "", "move"));
      assertEquals("金額が大きすぎます。", Journey.refusal(b, "transfer", "amount", "１２３，４５６，７８９", "move"));
      assertEquals(
          "金額がベースマネーの残高を超えています。", Journey.refusal(b, "transfer", "amount", "42001", "move"));
      assertEquals(42_000, yen(b.text("#base")));
      Journey.fill(b, "transfer", "amount", "1000");
      assertEquals(List.of(200L, 200L), Journey.postTwice(b, "transfer", "move"));
      b.open("/member/wallet/transfer");
      assertEquals(41_000, yen(b.text("#base")));
      assertEquals(cafeteria + 1_000, yen(b.text("#cafeteria")));

      // Auto-charge with a saved card, and a balance alert.
      b.open("/member/wallet/auto");
      assertEquals("NONE", b.find("#auto-status").getAttribute("data-status"));
      Journey.fill(b, "auto", "threshold", "1000");
      Journey.fill(b, "auto", "autoAmount", "500");
      fillCard(b, "auto", "4242 4242 4242 4242");
      Journey.click(b, "auto", "save");
      assertEquals("チャージ金額・目標の残高が最低数に足りません。", b.text("#auto\\:autoAmount-message"));
      Journey.fill(b, "auto", "autoAmount", "3000");
      Journey.fill(b, "auto", "cardNumber", "4242 4242 4242 4242");
      Journey.fill(b, "auto", "cardCode", "123");
      Journey.click(b, "auto", "save");
      assertEquals("ON", b.find("#auto-status").getAttribute("data-status"));
      assertTrue(b.text("#auto-summary").contains("¥3,000"), b.text("#auto-summary"));
      assertTrue(b.text("#auto-summary").contains("4242"), b.text("#auto-summary"));
      Journey.fill(b, "alert", "alertThreshold", "5000");
      Journey.click(b, "alert", "saveAlert");
      assertTrue(Journey.notice(b).orElse("").contains("5,000円"), Journey.notice(b).toString());
      b.screenshot("wallet-6-auto-charge.png");
      b.open("/member/");
      assertEquals(
          "¥142,000", b.text("#home-spendable"), "base 41,000 + cafeteria 5,000 + meal 96,000");
      assertEquals("¥41,000", b.text("#home-purses [data-purse=BASE] dd"));
      assertEquals(cafeteria + 1_000, yen(b.text("#home-purses [data-purse=CAFETERIA] dd")));
      assertEquals("¥96,000", b.text("#home-purses [data-purse=MEAL] dd"));
      // The ミール bought at enrollment holds the co-op's plan of the year, whose cap shows here.
      assertTrue(b.text("#meal-plan").contains("ミールプラン2026"), b.text("#meal-plan"));
      assertEquals("¥96,000", b.text("#meal-balance"));
      // HOKUTO's demo plan: Monday to Saturday, cafeteria days from 04:00, ¥1,000 a day, ¥1,200
      // from the day's start until 10:00 (breakfast).
      LocalDateTime tokyo = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
      if (tokyo.minusHours(4).getDayOfWeek() == DayOfWeek.SUNDAY) {
        assertTrue(b.text("#meal-not-today").contains("利用日ではありません"));
      } else {
        boolean breakfast = tokyo.getHour() >= 4 && tokyo.getHour() < 10;
        assertEquals(breakfast ? "¥1,200" : "¥1,000", b.text("#meal-remaining"));
      }
      b.screenshot("meal-1-home.png");
      b.open("/member/meals/plan");
      assertTrue(b.text("#held-plan").contains("ミールプラン2026"), "already held");
      assertTrue(b.findAll("#plan\\:pay").isEmpty(), "nothing more to buy this year");
      b.screenshot("meal-2-plan.png");
      b.open("/member/meals/");
      assertEquals("¥0 / ¥96,000", b.text("#plan-used"), "nothing drawn from MEAL yet");
      assertEquals("¥96,000", b.text("#plan-balance"));
      b.screenshot("meal-3-history.png");
      // The phone is lost in the middle of a charge: the wallet is suspended from another tab
      // between the amount and the card, and the card step names the state and charges nothing.
      b.open("/member/wallet/charge");
      Journey.fill(b, "charge", "amount", "1000");
      Journey.click(b, "charge", "next");
      assertTrue(Journey.showingIn(b, "charge", "card"));
      String charging = b.driver().getWindowHandle();
      b.driver().switchTo().newWindow(WindowType.TAB);
      b.open("/member/wallet/");
      Journey.click(b, "wallet", "suspend");
      assertEquals("SUSPENDED", b.find("#status").getAttribute("data-wallet-status"));
      b.driver().close();
      b.driver().switchTo().window(charging);
      fillCard(b, "charge", "4242 4242 4242 4242");
      Journey.click(b, "charge", "pay");
      assertEquals("電子マネーは停止中です。", b.text("#charge\\:notices li"));
      b.open("/member/wallet/");
      assertEquals("SUSPENDED", b.find("#status").getAttribute("data-wallet-status"));
      assertEquals("¥41,000", b.text("[data-purse=BASE] dd"), "nothing charged");
      // The member reads the portal in English from now on: mails sent while they are away
      // (the staff refund below) follow.
      Journey.afterNavigation(b, () -> b.find("#lang-en").click());
      assertEquals("E-money", b.find("h1").getText());
    }

    // At the counter: staff link the member's ID card; a payment is refused while the wallet is
    // suspended, and goes through once staff resume it after checking who the member is.
    try (Browser staff = new Browser()) {
      Journey.signInBySms(
          staff, "staff@hokuto.example.jp", "Hokuto-Counter-2026!", "+819050000002");
      staff.open("/staff/members?q=" + email);
      Journey.afterNavigation(staff, () -> staff.find(".k-members__link").click());
      staff.driver().findElement(By.xpath("//a[contains(text(),'電子マネー')]")).click();
      String uid = "04B2" + Long.toHexString(System.nanoTime()).toUpperCase();
      Journey.fill(staff, "tabs:walletCard", "cardUid", uid);
      Journey.click(staff, "tabs:walletCard", "link");
      assertTrue(staff.text("#wallet-card").contains(uid));
      String body =
          "{\"storeCode\":\"HOKUTO-SHOP\",\"registerId\":\"R1\",\"credential\":"
              + "{\"type\":\"IC_CARD\",\"value\":\""
              + uid
              + "\"},\"amount\":150,\"category\":\"GOODS\","
              + "\"items\":[{\"code\":\"G12\",\"name\":\"ボールペン\",\"quantity\":1,\"unitPrice\":150}]}";
      String key = "Bearer kr_demohokutosho_demo-only-hokutoshop";
      Http.Response refused =
          Http.postJson(
              "/api/v1/payments",
              body,
              "Authorization",
              key,
              "Idempotency-Key",
              UUID.randomUUID().toString());
      assertEquals(402, refused.status());
      assertTrue(refused.body().contains("WALLET_SUSPENDED"), refused.body());
      Journey.fill(staff, "tabs:walletResume", "reason", "学生証で本人確認");
      Journey.click(staff, "tabs:walletResume", "resume");
      assertEquals("ACTIVE", staff.find("#wallet-status").getAttribute("data-wallet-status"));
      Http.Response paid =
          Http.postJson(
              "/api/v1/payments",
              body,
              "Authorization",
              key,
              "Idempotency-Key",
              UUID.randomUUID().toString());
      assertEquals(201, paid.status(), paid.body());
      assertTrue(paid.body().contains("\"BASE\":40850"), paid.body());
      staff.screenshot("wallet-5-staff-tab.png");
      Matcher paymentId = Pattern.compile("\"paymentId\":(\\d+)").matcher(paid.body());
      assertTrue(paymentId.find(), paid.body());
      int mails = Journey.mailCount(email);
      staff.open("/staff/members?q=" + email);
      Journey.afterNavigation(staff, () -> staff.find(".k-members__link").click());
      staff.driver().findElement(By.xpath("//a[contains(text(),'電子マネー')]")).click();
      new Select(staff.find("#tabs\\:walletRefund\\:payment")).selectByValue(paymentId.group(1));
      Journey.fill(staff, "tabs:walletRefund", "refundAmount", "150");
      Journey.fill(staff, "tabs:walletRefund", "refundReason", "返品");
      Journey.click(staff, "tabs:walletRefund", "refund");
      assertTrue(Journey.notice(staff).orElse("").contains("150円を返金しました"));
      assertEquals("[University Co-op] Refund of ¥150", Journey.mailSubject(email, mails + 1));

      // A book bought at the bookstore's register earns points.
      Http.Response book =
          Http.postJson(
              "/api/v1/payments",
              "{\"storeCode\":\"HOKUTO-BOOK\",\"registerId\":\"R1\",\"credential\":"
                  + "{\"type\":\"IC_CARD\",\"value\":\""
                  + uid
                  + "\"},\"amount\":2000,\"category\":\"BOOK\","
                  + "\"items\":[{\"code\":\"9784000000001\",\"name\":\"線形代数入門\","
                  + "\"quantity\":1,\"unitPrice\":2000}]}",
              "Authorization",
              "Bearer kr_demohokutoboo_demo-only-hokutobook",
              "Idempotency-Key",
              UUID.randomUUID().toString());
      assertEquals(201, book.status(), book.body());
      Matcher bookId = Pattern.compile("\"paymentId\":(\\d+)").matcher(book.body());
      assertTrue(bookId.find(), book.body());

      // The member exchanges the points for base money, a point a yen: too many or none is named
      // at the field; the same form posted again exchanges once.
      try (Browser b = new Browser()) {
        Journey.signInBySms(b, email, Journey.PASSWORD, Journey.e164(phone));
        b.open("/member/wallet/transfer");
        long points = yen(b.text("#points-held"));
        long base = yen(b.text("#base"));
        assertTrue(points > 1, "the book earned points");
        assertEquals(
            "交換するポイントがポイントの残高を超えています。",
            Journey.refusal(b, "exchange", "points", String.valueOf(points + 1), "exchange"));
        assertEquals(
            "交換するポイントを入力してください。", Journey.refusal(b, "exchange", "points", "", "exchange"));
        Journey.fill(b, "exchange", "points", "1");
        Journey.click(b, "exchange", "exchange");
        assertEquals("1ポイントをベースマネーに交換しました。", Journey.notice(b).orElse(""));
        assertEquals(base + 1, yen(b.text("#base")));
        b.screenshot("wallet-7-points-exchanged.png");
        Journey.fill(b, "exchange", "points", String.valueOf(points - 1));
        assertEquals(List.of(200L, 200L), Journey.postTwice(b, "exchange", "exchange"));
        b.open("/member/wallet/transfer");
        assertEquals(0, yen(b.text("#points-held")));
        assertEquals(base + points, yen(b.text("#base")), "once");
        b.open("/member/wallet/history");
        assertEquals("ポイント交換", b.text("#history\\:rows .k-history__row .k-badge--kind"));
        // An end before the start is named, not shown as an empty history.
        ((JavascriptExecutor) b.driver())
            .executeScript(
                "document.getElementById('history:from').value='2026-12-05';"
                    + "document.getElementById('history:to').value='2026-12-01';");
        Journey.click(b, "history", "show");
        assertEquals("期間（まで）が期間の始まりより前です。", b.text("#history\\:to-message"));
      }

      // The book comes back: its points were spent, so staff are told what is kept back for them.
      staff.open("/staff/members?q=" + email);
      Journey.afterNavigation(staff, () -> staff.find(".k-members__link").click());
      staff.driver().findElement(By.xpath("//a[contains(text(),'電子マネー')]")).click();
      // Found by its number, as an older payment off the list would be; another's is not found.
      Journey.fill(staff, "tabs:walletRefund", "paymentNumber", paymentId.group(1) + "9");
      Journey.click(staff, "tabs:walletRefund", "find");
      assertEquals(
          "支払番号で探す：この組合員のお支払いにこの番号はありません。",
          staff.text("#tabs\\:walletRefund\\:paymentNumber-message"));
      Journey.fill(staff, "tabs:walletRefund", "paymentNumber", bookId.group(1));
      Journey.click(staff, "tabs:walletRefund", "find");
      assertEquals(
          bookId.group(1),
          new Select(staff.find("#tabs\\:walletRefund\\:payment"))
              .getFirstSelectedOption()
              .getAttribute("value"));
      Journey.fill(staff, "tabs:walletRefund", "refundAmount", "2000");
      Journey.fill(staff, "tabs:walletRefund", "refundReason", "返品");
      Journey.click(staff, "tabs:walletRefund", "refund");
      String notice = Journey.notice(staff).orElse("");
      assertTrue(notice.contains("ポイントは交換済みのため"), notice);
      assertTrue(notice.matches(".*差し引き、電子マネーに1,?[0-9]{3}円を戻しました。"), notice);
      staff.screenshot("wallet-8-refund-points-kept-back.png");
    }
  }

  @Test
  void staffRecordAPaymentAtTheCounter() throws Exception {
    String email = someone();
    try (Browser applicant = new Browser()) {
      applyUpToReview(applicant, email);
      Journey.click(applicant, FORM, "review");
      Journey.click(applicant, FORM, "apply");
      assertTrue(Journey.showingIn(applicant, FORM, "payment"));
      // The card company does not answer, and the applicant leaves for the counter.
      fillCard(applicant, FORM, "4000 0000 0000 0119");
      Journey.click(applicant, FORM, "pay");
      assertTrue(
          applicant.text("#join\\:notices li").contains("このまま画面を閉じても"),
          applicant.text("#join\\:notices li"));
      applicant.screenshot("join-7-card-unanswered.png");
    }
    try (Browser staff = new Browser()) {
      Journey.signInBySms(
          staff, "staff@hokuto.example.jp", "Hokuto-Counter-2026!", "+819050000002");
      Journey.afterNavigation(
          staff, () -> staff.driver().findElement(By.id("to-enrollments")).click());
      assertEquals("/staff/enrollments", staff.path());
      String row = "//td[text()='" + email + "']/..";
      staff.screenshot("staff-enrollments.png");
      Journey.afterNavigation(
          staff, () -> staff.driver().findElement(By.xpath(row + "//button")).click());
      // The counter asks the card company first: the charge went through, so no cash is taken.
      String notice = staff.text("#enrollments\\:notices li");
      assertTrue(
          notice.contains("現金は受け取らないでください") && notice.matches(".*\\d{4}-\\d{4}-\\d{4}.*"), notice);
      staff.screenshot("staff-enrollments-paid-by-card.png");
      assertTrue(staff.driver().findElements(By.xpath(row)).isEmpty(), "no longer waiting");
      assertTrue(Journey.mailSubject(email, 1).contains("組合員番号のお知らせ"));

      // A paper application typed in at the counter: the same person again is refused by name.
      Journey.afterNavigation(staff, () -> staff.driver().findElement(By.id("new")).click());
      assertEquals("/staff/enrollments/new", staff.path());
      String walkIn = someone();
      String born = bornOn();
      fillApplicant(staff, walkIn, born);
      Journey.click(staff, FORM, "checkApplicant");
      assertTrue(Journey.showingIn(staff, FORM, "items"));
      Journey.click(staff, FORM, "review");
      Journey.click(staff, FORM, "apply");
      assertTrue(Journey.showingIn(staff, FORM, "payment"));
      staff.screenshot("counter-1-payment.png");
      Journey.click(staff, FORM, "paidInCash");
      assertTrue(Journey.showingIn(staff, FORM, "done"));
      String number = staff.text("#number");
      assertTrue(staff.text("#join\\:panel-done").contains("番号を申込者にお伝えください"));
      assertTrue(Journey.mailSubject(walkIn, 1).contains("組合員番号のお知らせ"));
      staff.screenshot("counter-2-done.png");

      Journey.afterNavigation(
          staff, () -> staff.driver().findElement(By.id("join:another")).click());
      fillApplicant(staff, someone(), born);
      Journey.click(staff, FORM, "checkApplicant");
      assertEquals("同じお名前（フリガナ）と生年月日の方が、すでにこの生協の組合員です。", staff.text("#join\\:dateOfBirth-message"));
      staff.screenshot("counter-3-same-person.png");

      // The member page says who entered the application.
      staff.open("/staff/members?q=" + number.replace("-", ""));
      Journey.afterNavigation(
          staff, () -> staff.driver().findElement(By.cssSelector(".k-members__link")).click());
      staff.driver().findElement(By.xpath("//a[contains(text(),'加入申込・脱退')]")).click();
      new WebDriverWait(staff.driver(), Duration.ofSeconds(10), Browser.POLL)
          .until(d -> d.findElement(By.cssSelector(".k-entered-by")).isDisplayed());
      assertEquals("staff@hokuto.example.jp が入力", staff.text(".k-entered-by"));
      staff.screenshot("counter-4-member-applications.png");
    }
  }
}
