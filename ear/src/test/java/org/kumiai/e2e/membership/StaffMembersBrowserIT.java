package org.kumiai.e2e.membership;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The counter in Chromium as HOKUTO's demo staff member: the member search in any script over the
 * demo's three hand-written members and 300 generated ones, the member page, a phone correction
 * refused then saved with its reason and shown in the history, another co-op's members out of
 * reach, and the CSV download. Staff-only: no demo member signs up.
 */
class StaffMembersBrowserIT {

  private static final String STAFF = "staff@hokuto.example.jp";

  private static List<String> search(Browser browser, String term) {
    Journey.fill(browser, "search", "q", term);
    Journey.click(browser, "search", "find");
    return names(browser);
  }

  private static List<String> names(Browser browser) {
    return browser.findAll("#search\\:members .k-members__link").stream()
        .map(WebElement::getText)
        .toList();
  }

  /** How many members the search found, from the page report ("303人中 1～25人目"). */
  private static int shown(Browser browser) {
    String report = browser.text("#search\\:members .ui-paginator-current");
    return Integer.parseInt(report.substring(0, report.indexOf('人')).replace(",", ""));
  }

  /** One sign-in for both tests: a second SMS code within a minute would be refused as too soon. */
  private static Browser b;

  @BeforeAll
  static void signInOnce() {
    b = new Browser();
    Journey.signInBySms(b, STAFF, "Hokuto-Counter-2026!", "+819050000002");
  }

  @AfterAll
  static void close() {
    b.close();
  }

  @Test
  void staffFindAMemberCorrectThePhoneWithAReasonAndSeeTheHistory() throws Exception {
    b.open("/staff/");
    assertEquals("/staff/", b.path());
    Journey.afterNavigation(b, () -> b.find("#to-members").click());
    assertEquals("/staff/members", b.path());
    assertEquals(25, b.findAll("#search\\:members .k-members__link").size(), "a page of 25");
    String report = b.text("#search\\:members .ui-paginator-current");
    assertTrue(
        report.endsWith("人中 1～25人目") && shown(b) >= 303,
        "HOKUTO's three, 300 generated, and any enrolled by earlier tests: " + report);

    List<String> oka = search(b, "オカ");
    assertTrue(oka.contains("岡田 太郎") && oka.size() > 1, "readings from オカ: " + oka);
    assertEquals(List.of("岡田 太郎"), search(b, "オカダ タロウ"));
    assertEquals(List.of("岡田 太郎"), search(b, "ｵｶﾀﾞ ﾀﾛｳ"));
    b.screenshot("staff-members-1-search.png");
    assertEquals(List.of(), search(b, "タカハシ ミサキ"), "a WAKABA member");
    assertTrue(b.text("#search\\:members").contains("該当する組合員はいません"));
    assertEquals(List.of("新井 一輝"), search(b, "M0001.hokuto@example.jp"), "README's first");
    assertTrue(b.text("#search\\:members").contains("2026-0000-0103"));

    assertEquals(List.of("岡田 太郎"), search(b, "２０２６－００００－００１２"));
    Journey.afterNavigation(b, () -> b.find("#search\\:members .k-members__link").click());
    assertTrue(b.path().startsWith("/staff/member?id="), b.path());
    assertTrue(b.text("#member-name").contains("岡田 太郎"));
    assertTrue(b.text("#profile-facts").contains("2026-0000-0012"));
    b.screenshot("staff-members-2-member.png");

    Journey.fill(b, "tabs:phoneEdit", "phone", "090-12");
    Journey.fill(b, "tabs:phoneEdit", "reason", "本人から電話で届出");
    Journey.click(b, "tabs:phoneEdit", "save");
    String refused = b.text("#tabs\\:phoneEdit\\:phone-message");
    assertTrue(refused.contains("電話番号"), refused);
    b.screenshot("staff-members-3-refused.png");

    Journey.fill(b, "tabs:phoneEdit", "phone", "080-3333-4444");
    Journey.fill(b, "tabs:phoneEdit", "reason", "本人から電話で届出");
    Journey.click(b, "tabs:phoneEdit", "save");
    assertTrue(b.text(".k-notices").contains("保存しました"), b.text("#main"));
    assertEquals("08033334444", b.text("#profile-phone"));

    b.driver().findElement(By.linkText("変更履歴")).click();
    WebElement row = b.waitFor("#tabs\\:historyTable tbody tr");
    String history = row.getText();
    assertTrue(
        history.contains("08033334444")
            && history.contains("09011110001")
            && history.contains("本人から電話で届出")
            && history.contains(STAFF),
        history);
    b.screenshot("staff-members-4-history.png");
  }

  @Test
  void anotherCoopsMemberIsAMissingPageAndTheCsvDownloads() throws Exception {
    b.open("/staff/members");
    assertEquals(List.of("佐藤 花子"), search(b, "さとう はなこ"));
    Journey.afterNavigation(b, () -> b.find("#search\\:members .k-members__link").click());
    b.driver().findElement(By.linkText("ほかの組合員資格")).click();
    WebElement wakaba = b.waitFor("#tabs\\:membershipsTable [data-coop='WAKABA']");
    String wakabaId = wakaba.getAttribute("data-member");
    b.screenshot("staff-members-5-memberships.png");

    b.open("/staff/member?id=" + wakabaId);
    assertFalse(b.findAll("#error-404").isEmpty(), "WAKABA's 佐藤 花子 is not HOKUTO's to see");
    b.open("/staff/member?id=999999999");
    assertFalse(b.findAll("#error-404").isEmpty());
    b.open("/staff/member?id=abc");
    assertFalse(b.findAll("#error-404").isEmpty());
    for (String id : List.of("abc", "1%E3%80%82", "99999999999999999999", "")) {
      b.open("/staff/withdrawal?id=" + id);
      assertFalse(b.findAll("#error-404").isEmpty(), "withdrawal id " + id + ": a missing page");
    }

    b.open("/staff/members");
    search(b, "");
    int everyone = shown(b);
    String href = b.find("#search\\:csv").getAttribute("href");
    String cookies =
        b.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<byte[]> csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().toString());
    byte[] body = csv.body();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "BOM");
    List<String> lines =
        new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertEquals("membership_number,coop,name,kana,date_of_birth,email,phone,status", lines.get(0));
    assertEquals(1 + everyone, lines.size(), "the header and every HOKUTO member, not one page");
    assertTrue(lines.stream().anyMatch(l -> l.contains("岡田 太郎")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("WAKABA")), "HOKUTO only");

    // The same pages in English, then back to Japanese for the other test in this browser.
    b.open("/language?to=en&back=%2Fstaff%2Fmembers%3Fq%3Dokada");
    try {
      assertEquals("Member search", b.text("#members-title"));
      assertEquals(List.of("岡田 太郎"), names(b));
      b.screenshot("staff-members-6-english.png");
    } finally {
      b.open("/language?to=ja&back=%2Fstaff%2F");
    }

    // Without the session the file is not served.
    assertEquals(
        302, Http.get(href.substring(href.indexOf("/staff/"))).status(), "sent to sign in");
  }
}
