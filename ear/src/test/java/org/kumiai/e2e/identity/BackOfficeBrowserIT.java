package org.kumiai.e2e.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The back-office in Chromium with the demo logins: the administrator invites a staff member, who
 * finishes through the sign-up wizard (phone included) before the first sign-in; the audit trail
 * shows the invitation; staff see their own co-op only.
 */
class BackOfficeBrowserIT {

  private static final String ADMIN = "admin@federation.example.jp";
  private static final String ADMIN_PASSWORD = "Renraku-Kanri-2026!";
  private static final String ADMIN_PHONE = "+819050000001";
  private static final String WAKABA_STAFF = "staff@wakaba.example.jp";

  /** The subjects of the mail GreenMail received for {@code email}, waiting for {@code count}. */
  private static List<String> subjects(String email, int count) throws InterruptedException {
    String api = System.getProperty("kumiai.mailapi", "http://127.0.0.1:18090");
    Instant deadline = Instant.now().plusSeconds(30);
    String body = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(api + "/api/user/" + email + "/messages/"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        body = r.statusCode() == 200 ? r.body() : "";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<String> found =
          java.util.regex.Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]*)\"")
              .matcher(body)
              .results()
              .map(m -> m.group(1))
              .toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("mail " + count + " to " + email + " never arrived: " + body);
  }

  @Test
  void theAdminInvitesStaffWhoEnrolsAPhoneBeforeSigningInAndTheTrailShowsIt() throws Exception {
    String email =
        "new.staff-" + UUID.randomUUID().toString().substring(0, 8) + "@hokuto.example.jp";
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, ADMIN, ADMIN_PASSWORD, ADMIN_PHONE);
      assertEquals("/admin/", b.path());
      assertFalse(b.findAll("#admin-home").isEmpty());
      assertFalse(b.findAll("#nav-admin").isEmpty(), "the header leads to the admin home");
      b.screenshot("admin-1-home.png");

      b.open("/admin/accounts");
      assertTrue(b.text("#list\\:accounts").contains("staff@hokuto.example.jp"));
      Journey.fill(b, "accounts", "email", "not an address");
      Journey.fill(b, "accounts", "familyName", "森");
      Journey.fill(b, "accounts", "givenName", "直美");
      b.driver()
          .findElement(By.cssSelector("input[name='accounts:coops'][value='HOKUTO']"))
          .click();
      Journey.click(b, "accounts", "create");
      assertEquals("メールアドレスの形式が正しくありません。", b.text("#accounts\\:email-message"));
      b.screenshot("admin-2-accounts-refused.png");

      Journey.fill(b, "accounts", "email", email);
      WebElement hokuto =
          b.driver().findElement(By.cssSelector("input[name='accounts:coops'][value='HOKUTO']"));
      if (!hokuto.isSelected()) {
        hokuto.click();
      }
      Journey.click(b, "accounts", "create");
      assertTrue(Journey.notice(b).orElse("").contains(email), Journey.notice(b).toString());
      String row = b.text("#list\\:accounts");
      assertTrue(row.contains(email) && row.contains("招待中"), row);
      b.screenshot("admin-3-accounts-created.png");

      Journey.afterNavigation(
          b,
          () ->
              b.driver()
                  .findElement(By.xpath("//tr[contains(., '" + email + "')]//button"))
                  .click());
      b.driver().findElement(By.cssSelector("input[name='coops:coops'][value='WAKABA']")).click();
      Journey.click(b, "coops", "save");
      assertTrue(
          Journey.notice(b).orElse("").contains("担当生協を変更しました"), Journey.notice(b).toString());
      String changed =
          b.driver().findElement(By.xpath("//tr[contains(., '" + email + "')]")).getText();
      assertTrue(changed.contains("北斗大学生活協同組合") && changed.contains("若葉大学生活協同組合"), changed);

      assertTrue(subjects(email, 1).get(0).contains("職員用アカウント"), "the invitation arrived");
      String link = "/signup?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
      assertTrue(Http.get("/dev/messages").body().contains(link.replace("&", "&amp;")));

      b.open("/admin/audit");
      Journey.fill(b, "audit", "who", email.substring(0, 12).toUpperCase());
      Journey.click(b, "audit", "search");
      List<WebElement> created = b.findAll("#audit\\:events [data-action='STAFF_ACCOUNT_CREATED']");
      assertEquals(1, created.size(), b.text("#audit\\:events"));
      List<WebElement> rows = b.findAll("#audit\\:events tbody tr");
      assertEquals(2, rows.size(), "created, then its co-ops changed");
      assertTrue(rows.get(0).getText().contains("HOKUTO -> HOKUTO,WAKABA"), rows.get(0).getText());
      assertTrue(
          rows.get(1).getText().contains(ADMIN) && rows.get(1).getText().contains("STAFF HOKUTO"),
          rows.get(1).getText());
      b.screenshot("admin-4-audit.png");

      Journey.click(b, "audit", "clear");
      assertEquals("", b.find("#audit\\:who").getAttribute("value"), "the filter is cleared");
      assertFalse(b.findAll("#audit\\:events tbody tr").isEmpty(), "everything is listed");
    }

    // The invitee: the link, a code to the address, password, phone; only then a sign-in.
    try (Browser b = new Browser()) {
      b.open("/signup?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
      Journey.press(b, "resendEmailCode");
      Journey.type(b, "emailCode", Journey.mailedCode(email, 2));
      Journey.press(b, "confirmEmailCode");
      Journey.type(b, "password", Journey.PASSWORD);
      Journey.type(b, "passwordRepeat", Journey.PASSWORD);
      Journey.type(b, "familyName", "森");
      Journey.type(b, "givenName", "直美");
      Journey.press(b, "choosePassword");
      Journey.type(b, "phone", "090-5000-0420");
      Journey.press(b, "sendSms");
      Journey.type(b, "phoneCode", Journey.latestCode("+819050000420"));
      Journey.press(b, "confirmPhoneCode");
      assertTrue(Journey.showing(b, "done"), "registered");
    }
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, email, Journey.PASSWORD, "+819050000420");
      assertEquals("/staff/", b.path());
      assertEquals(List.of("HOKUTO", "WAKABA"), coopsShown(b));

      // She leaves the co-op: the administrator removes her back-office access, which ends her
      // session at once.
      try (Browser admin = new Browser()) {
        Journey.signInBySms(admin, ADMIN, ADMIN_PASSWORD, ADMIN_PHONE);
        admin.open("/admin/accounts");
        assertTrue(
            admin
                .driver()
                .findElements(
                    By.xpath("//tr[contains(., '" + ADMIN + "')]//button[contains(@id, 'revoke')]"))
                .isEmpty(),
            "not one's own");
        Journey.afterNavigation(
            admin,
            () -> {
              admin
                  .driver()
                  .findElement(
                      By.xpath(
                          "//tr[contains(., '" + email + "')]//button[contains(@id, 'revoke')]"))
                  .click();
              admin.driver().switchTo().alert().accept();
            });
        assertTrue(
            Journey.notice(admin).orElse("").contains("権限を外しました"),
            Journey.notice(admin).toString());
        assertFalse(admin.text("#list\\:accounts").contains(email), "no longer listed");
        admin.screenshot("admin-5-access-removed.png");
      }
      b.open("/staff/");
      assertTrue(b.path().startsWith("/signin"), b.path());
    }
  }

  private static List<String> coopsShown(Browser b) {
    return b.findAll("#my-coops > li").stream().map(li -> li.getAttribute("data-coop")).toList();
  }

  @Test
  void staffSeeTheirOwnCoopAndOtherCoopsAsMissingPages() throws Exception {
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, WAKABA_STAFF, "Wakaba-Counter-2026!", "+819050000003");
      assertEquals("/staff/", b.path());
      assertEquals(List.of("WAKABA"), coopsShown(b));
      assertFalse(b.findAll("#nav-staff").isEmpty());
      b.screenshot("staff-1-home.png");

      b.open("/staff/coop?code=WAKABA");
      assertEquals("WAKABA", b.find("#coop-name").getAttribute("data-coop"));
      assertEquals(3, b.findAll("#stores [data-store]").size());
      b.screenshot("staff-2-coop.png");
      changeAndRestoreTheWalletRules(b);

      b.open("/staff/coop?code=HOKUTO");
      assertFalse(b.findAll("#error-404").isEmpty(), "another co-op is a missing page");
      b.open("/staff/coop?code=NOWHERE");
      assertFalse(b.findAll("#error-404").isEmpty());
      b.open("/admin/");
      assertFalse(b.findAll("#error-404").isEmpty(), "staff are not administrators");
      b.open("/admin/audit");
      assertFalse(b.findAll("#error-404").isEmpty());
    }
  }

  /**
   * The co-op page's e-money rules: each bad field is named, a good change is shown and audited,
   * and the demo rules are saved back for the tests that charge and pay at WAKABA.
   */
  private static void changeAndRestoreTheWalletRules(Browser b) {
    assertEquals("0.5%", b.text("#rules-points"));
    assertEquals("10%", b.text("#rules-book-points"));
    assertEquals("¥100,000", b.text("#rules-charge-max"));
    assertEquals("¥200,000", b.text("#rules-balance-max"));

    saveRules(b, "0.125", "", "千円", "200000");
    assertEquals(
        "ポイント還元率は0〜100の数で、小数点以下2桁までで入力してください。", b.text("#walletRules\\:pointsRate-message"));
    assertEquals("書籍のポイント還元率を入力してください。", b.text("#walletRules\\:bookPointsRate-message"));
    assertEquals("1回のチャージ上限は数字で入力してください。", b.text("#walletRules\\:chargeMax-message"));
    assertEquals(
        "0.125", b.find("#walletRules\\:pointsRate").getAttribute("value"), "kept as typed");

    saveRules(b, "１％", "5", "50,000", "30000");
    assertEquals("残高の上限は1回のチャージ上限以上にしてください。", b.text("#walletRules\\:balanceMax-message"));
    assertEquals("¥100,000", b.text("#rules-charge-max"), "nothing saved");

    saveRules(b, "１％", "5", "50,000", "150000");
    assertEquals(Optional.of("電子マネーのルールを保存しました。"), Journey.notice(b));
    assertEquals("1%", b.text("#rules-points"));
    assertEquals("5%", b.text("#rules-book-points"));
    assertEquals("¥50,000", b.text("#rules-charge-max"));
    assertEquals("¥150,000", b.text("#rules-balance-max"));
    b.screenshot("staff-3-coop-rules.png");
    b.open("/staff/coop?code=WAKABA");
    assertEquals("1", b.find("#walletRules\\:pointsRate").getAttribute("value"), "saved");

    saveRules(b, "0.5", "10", "100000", "200000");
    assertEquals("0.5%", b.text("#rules-points"));
    assertEquals("¥200,000", b.text("#rules-balance-max"));
  }

  /** Types the four rules as given and presses save. */
  private static void saveRules(
      Browser b, String points, String bookPoints, String chargeMax, String balanceMax) {
    Journey.fill(b, "walletRules", "pointsRate", points);
    Journey.fill(b, "walletRules", "bookPointsRate", bookPoints);
    Journey.fill(b, "walletRules", "chargeMax", chargeMax);
    Journey.fill(b, "walletRules", "balanceMax", balanceMax);
    Journey.click(b, "walletRules", "save");
  }
}
