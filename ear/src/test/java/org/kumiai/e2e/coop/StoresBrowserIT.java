package org.kumiai.e2e.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.JsonDoc;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The landing and store pages in Chromium, in both languages. */
class StoresBrowserIT {

  private static final List<String> DAYS_JA =
      List.of("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日");
  private static final List<String> DAYS_EN =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  @Test
  void landingIsJapaneseAndTheEnglishChoiceIsRemembered() {
    try (Browser b = new Browser()) {
      b.open("/");
      assertEquals("ja", b.htmlLang());
      assertEquals("大学生協ポータル", b.text("h1"));
      assertTrue(b.driver().getTitle().matches(".+ \\| Kumiai 大学生協ポータル"), b.driver().getTitle());
      assertEquals("デモ大学生協事業連合", b.text(".k-brand__coop"));
      assertCoopCards(b, 0);
      assertNoCspViolations(b, "/");
      b.screenshot("landing-ja.png");

      b.find("#lang-en").click();
      waitForText(b, "h1", "University Co-op Portal");
      assertEquals("en", b.htmlLang());
      assertEquals("/", b.path());
      Cookie cookie = b.driver().manage().getCookieNamed("kumiai-lang");
      assertNotNull(cookie, "the choice is kept in a cookie");
      assertEquals("en", cookie.getValue());
      assertTrue(cookie.isHttpOnly(), "HttpOnly");
      assertEquals("Lax", cookie.getSameSite());
      assertNotNull(cookie.getExpiry(), "a lasting cookie, not a session one");
      assertTrue(
          cookie
              .getExpiry()
              .toInstant()
              .isAfter(java.time.Instant.now().plus(Duration.ofDays(360))),
          "kept for about a year: " + cookie.getExpiry());
      assertTrue(b.driver().getTitle().endsWith("| Kumiai Co-op Portal"), b.driver().getTitle());
      assertCoopCards(b, 1);
      b.screenshot("landing-en.png");

      b.open("/stores");
      assertEquals("en", b.htmlLang(), "still English on the next page");
      assertEquals("Stores and hours", b.text("h1"));
      assertEquals("Hokuto University Co-op", b.text(".k-brand__coop"));
      List<WebElement> stores = b.findAll("article.k-store");
      assertEquals(3, stores.size());
      for (WebElement store : stores) {
        assertEquals(DAYS_EN, rowDays(store), store.getAttribute("data-store"));
        boolean open = Boolean.parseBoolean(store.getAttribute("data-open"));
        assertEquals(
            open ? "Open now" : "Closed",
            store.findElement(By.cssSelector(".k-status strong")).getText().trim());
      }
      WebElement shop = b.find("article.k-store[data-store=HOKUTO-SHOP]");
      assertEquals("Central Shop", shop.findElement(By.cssSelector(".k-store__name")).getText());
      assertEquals("10:00–18:00", periods(shop, 0).get(0));
      assertEquals("Closed", rows(shop).get(6).findElement(By.tagName("td")).getText().trim());
      b.screenshot("stores-en.png");

      // English overnight wording, and switching back.
      b.open("/stores?coop=WAKABA");
      WebElement dining = b.find("article.k-store[data-store=WAKABA-CAFE]");
      assertTrue(
          periods(dining, 4).contains("17:00–1:00 (next day)"), periods(dining, 4).toString());
      b.find("#lang-ja").click();
      waitForText(b, "h1", "店舗・営業時間");
      assertEquals("ja", b.htmlLang());
      assertEquals("/stores?coop=WAKABA", b.path(), "back on the same page");
    }
  }

  @Test
  void aCoopCardLeadsToItsStores() {
    try (Browser b = new Browser()) {
      b.open("/");
      b.find("li.k-coop[data-coop=SETOUCHI] a").click();
      waitForText(b, ".k-brand__coop", "瀬戸内大学生活協同組合");
      assertEquals(
          DirectoryApi.STORES.get("SETOUCHI"),
          b.findAll("article.k-store").stream().map(s -> s.getAttribute("data-store")).toList());
      assertEquals("瀬戸内大学生活協同組合", b.text("a.k-tabs__tab--active"));
    }
  }

  @Test
  void wakabaStoresInJapaneseThenAnotherCoop() {
    try (Browser b = new Browser()) {
      b.open("/stores?coop=WAKABA");
      assertEquals("ja", b.htmlLang());
      assertEquals("店舗・営業時間", b.text("h1"));
      assertEquals("店舗・営業時間 | Kumiai 大学生協ポータル", b.driver().getTitle());
      assertEquals("若葉大学生活協同組合", b.text(".k-brand__coop"));
      assertEquals(List.of("若葉大学生活協同組合"), activeTabs(b));
      assertEquals(3, b.findAll("a.k-tabs__tab").size());

      List<WebElement> stores = b.findAll("article.k-store");
      assertEquals(
          DirectoryApi.STORES.get("WAKABA"),
          stores.stream().map(s -> s.getAttribute("data-store")).toList());
      assertEquals(
          List.of("若葉ショップ", "ブックセンター", "若葉ダイニング"),
          stores.stream()
              .map(s -> s.findElement(By.cssSelector(".k-store__name")).getText().trim())
              .toList());
      for (WebElement store : stores) {
        String code = store.getAttribute("data-store");
        assertEquals(7, rows(store).size(), code);
        assertEquals(DAYS_JA, rowDays(store), code);
        boolean open = Boolean.parseBoolean(store.getAttribute("data-open"));
        assertEquals(
            open ? "営業中" : "営業時間外",
            store.findElement(By.cssSelector(".k-status strong")).getText().trim(),
            code);
      }

      WebElement shop = stores.get(0);
      assertEquals(List.of("10:00〜18:00"), periods(shop, 0));
      assertEquals(List.of("11:00〜15:00"), periods(shop, 5));
      assertEquals("定休日", rows(shop).get(6).findElement(By.tagName("td")).getText().trim());
      WebElement book = stores.get(1);
      assertEquals(List.of("10:00〜17:00"), periods(book, 4));
      for (int weekend : List.of(5, 6)) {
        assertEquals("定休日", rows(book).get(weekend).findElement(By.tagName("td")).getText().trim());
        assertTrue(rows(book).get(weekend).getAttribute("class").contains("k-hours__row--closed"));
      }
      WebElement dining = stores.get(2);
      assertEquals(List.of("8:00〜10:00", "11:00〜14:00", "17:00〜翌1:00"), periods(dining, 4));
      assertEquals(List.of("8:00〜10:00", "11:00〜14:00", "17:00〜20:00"), periods(dining, 3));
      assertEquals(List.of("11:00〜13:30"), periods(dining, 6));

      assertOpenFlagsMatchTheApi(b, "WAKABA");
      assertClosuresMatchTheApi(b, "WAKABA");
      assertNoCspViolations(b, "/stores?coop=WAKABA");
      b.screenshot("stores-ja-wakaba.png");

      // Another co-op's tab.
      b.driver()
          .findElement(
              By.xpath("//a[contains(@class,'k-tabs__tab') and normalize-space()='北斗大学生活協同組合']"))
          .click();
      waitForText(b, ".k-brand__coop", "北斗大学生活協同組合");
      assertEquals(List.of("北斗大学生活協同組合"), activeTabs(b));
      assertTrue(b.path().contains("coop=HOKUTO"), b.path());
      assertEquals(
          DirectoryApi.STORES.get("HOKUTO"),
          b.findAll("article.k-store").stream().map(s -> s.getAttribute("data-store")).toList());
      assertOpenFlagsMatchTheApi(b, "HOKUTO");
      assertClosuresMatchTheApi(b, "HOKUTO");
      b.screenshot("stores-ja.png");
    }
  }

  @Test
  void anUnknownCoopShowsTheNotFoundPage() {
    try (Browser b = new Browser()) {
      b.open("/stores?coop=NOPE");
      assertTrue(b.waitFor("#error-404").isDisplayed());
      assertEquals("ページが見つかりません", b.text("#error-404 h1"));
      assertTrue(b.driver().getTitle().startsWith("ページが見つかりません |"), b.driver().getTitle());
      assertTrue(b.findAll("article.k-store").isEmpty());
      assertFalse(b.text("body").contains("Exception"), b.text("body"));
      b.screenshot("not-found.png");

      b.find("#error-404 a.k-button").click();
      waitForText(b, "h1", "大学生協ポータル");
      assertEquals(3, b.findAll("li.k-coop").size());
    }
  }

  @Test
  void aScriptWithoutTheResponseNonceIsRefused() {
    try (Browser b = new Browser()) {
      for (String path : List.of("/", "/stores")) {
        b.open(path);
        b.consoleLog(); // drop what loading logged
        Object ran =
            b.driver()
                .executeScript(
                    "window.__injected = false;"
                        + "var s = document.createElement('script');"
                        + "s.textContent = 'window.__injected = true';"
                        + "document.head.appendChild(s);"
                        + "return window.__injected;");
        assertEquals(Boolean.FALSE, ran, "an inline script without the nonce ran on " + path);
        List<LogEntry> log = b.consoleLog();
        if (log == null) {
          System.out.println("Browser log API not supported: console check skipped for " + path);
        } else {
          assertTrue(
              log.stream().anyMatch(StoresBrowserIT::isCspViolation),
              "the refusal is reported in the console (so the console check can see one): " + log);
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The three co-op cards, with names in the given language (0 ja, 1 en) and their links. */
  private static void assertCoopCards(Browser b, int language) {
    List<WebElement> cards = b.findAll("li.k-coop");
    assertEquals(
        List.copyOf(DirectoryApi.COOPS.keySet()),
        cards.stream().map(c -> c.getAttribute("data-coop")).toList());
    for (WebElement card : cards) {
      String code = card.getAttribute("data-coop");
      assertEquals(
          DirectoryApi.COOPS.get(code).get(language),
          card.findElement(By.cssSelector("h3")).getText().trim());
      URI link = URI.create(card.findElement(By.cssSelector("a")).getAttribute("href"));
      assertTrue(
          link.getPath().equals("/stores") || link.getPath().equals("/stores.xhtml"),
          "a link to the stores page: " + link);
      assertEquals("coop=" + code, link.getRawQuery(), link.toString());
    }
  }

  /**
   * Each store's data-open is the API's openNow. The API is asked before and after reading the
   * page; if it changed in between (a period boundary passed), the page is reloaded and read again.
   */
  private static void assertOpenFlagsMatchTheApi(Browser b, String coop) {
    Map<String, Boolean> page = null;
    Map<String, Boolean> api = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      Map<String, Boolean> before = DirectoryApi.openNow(coop);
      if (attempt > 0) {
        b.driver().navigate().refresh();
        b.waitForPage();
      }
      page = openFlags(b);
      api = DirectoryApi.openNow(coop);
      if (page.equals(api) && List.copyOf(page.keySet()).equals(List.copyOf(api.keySet()))) {
        return;
      }
      if (attempt > 0 && before.equals(api)) {
        break; // nothing changed while the page was read: a real disagreement
      }
    }
    fail("page open flags " + page + " differ from the API's " + api);
  }

  private static Map<String, Boolean> openFlags(Browser b) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    for (WebElement store : b.findAll("article.k-store")) {
      String open = store.getAttribute("data-open");
      assertTrue("true".equals(open) || "false".equals(open), "data-open=" + open);
      flags.put(store.getAttribute("data-store"), Boolean.parseBoolean(open));
    }
    return flags;
  }

  /** Each store's closures list shows the API's closures, in order, with their reasons. */
  private static void assertClosuresMatchTheApi(Browser b, String coop) {
    Map<String, List<String>> api = new LinkedHashMap<>();
    for (JsonDoc store : DirectoryApi.stores(coop).getArray("stores")) {
      api.put(
          store.getString("code"),
          store.getArray("closures").stream()
              .map(c -> c.getObject("reason").getString("ja"))
              .toList());
    }
    Map<String, List<String>> page = new LinkedHashMap<>();
    for (WebElement store : b.findAll("article.k-store")) {
      page.put(
          store.getAttribute("data-store"),
          store.findElements(By.cssSelector("ul.k-closures li .k-closure__reason")).stream()
              .map(e -> e.getText().trim())
              .toList());
      List<WebElement> items = store.findElements(By.cssSelector("ul.k-closures li"));
      boolean noneNote = !store.findElements(By.cssSelector(".k-muted")).isEmpty();
      assertEquals(items.isEmpty(), noneNote, "the 'none' note only when there are none");
      for (WebElement item : items) {
        assertFalse(item.findElement(By.cssSelector(".k-closure__dates")).getText().isBlank());
      }
    }
    assertEquals(api, page, "closures on the page vs the API");
  }

  private static void assertNoCspViolations(Browser b, String where) {
    List<LogEntry> log = b.consoleLog();
    if (log == null) {
      System.out.println("Browser log API not supported: CSP console check skipped for " + where);
      return;
    }
    List<String> violations =
        log.stream().filter(StoresBrowserIT::isCspViolation).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), violations, "CSP violations on " + where);
  }

  private static boolean isCspViolation(LogEntry e) {
    String m = e.getMessage();
    return m.contains("Content Security Policy") || m.contains("Content-Security-Policy");
  }

  private static List<String> activeTabs(Browser b) {
    return b.findAll("a.k-tabs__tab--active").stream().map(e -> e.getText().trim()).toList();
  }

  private static List<WebElement> rows(WebElement store) {
    return store.findElements(By.cssSelector("table.k-hours tbody tr"));
  }

  private static List<String> rowDays(WebElement store) {
    return rows(store).stream().map(r -> r.findElement(By.tagName("th")).getText().trim()).toList();
  }

  /** The periods shown on one weekday row (0 = Monday). */
  private static List<String> periods(WebElement store, int day) {
    return rows(store).get(day).findElements(By.cssSelector(".k-period")).stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  private static void waitForText(Browser b, String css, String text) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(30), Browser.POLL)
        .until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    b.waitForPage();
  }
}
