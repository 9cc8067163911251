package org.kumiai.e2e.shell;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.Http.Response;
import org.kumiai.e2e.JsonDoc;

/**
 * The shell around every page, over plain HTTP: health, security headers, error pages, the language
 * switch and what is never echoed or served.
 */
class WebShellIT {

  private static final String FILTER_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final Pattern STACK_LINE = Pattern.compile("\\bat (org|java|jakarta|com|sun)\\.");
  private static final Pattern SCRIPT_ELEMENT =
      Pattern.compile("<script\\b[^>]*>.*?</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_LANG = Pattern.compile("<html\\b[^>]*\\blang=\"([^\"]*)\"");
  private static final Pattern H1 = Pattern.compile("<h1\\b[^>]*>([^<]*)</h1>");

  // ---------------------------------------------------------------- health

  @ParameterizedTest
  @ValueSource(strings = {"/health", "/health/ready"})
  void healthIsUpWithTheDatabaseCheck(String path) {
    Response r = Http.get(path);
    assertEquals(200, r.status(), () -> r.toString());
    assertTrue(r.contentType().startsWith("application/json"), r::toString);
    JsonDoc health = JsonDoc.parse(r.body());
    assertEquals("UP", health.getString("status"), r::toString);
    JsonDoc database =
        health.getArray("checks").stream()
            .filter(c -> "database".equals(c.getString("name", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no check named database: " + r.body()));
    assertEquals("UP", database.getString("status"), r::toString);
  }

  // ---------------------------------------------------------------- headers

  @ParameterizedTest
  @ValueSource(strings = {"/", "/stores", "/stores?coop=WAKABA", "/dev/messages"})
  void pagesCarryTheSecurityHeadersAndTwoStrictPolicies(String path) {
    Response r = Http.get(path);
    assertEquals(200, r.status(), r::toString);
    assertEquals("text/html;charset=UTF-8", r.contentType().replace(" ", ""), r::toString);
    assertCommonHeaders(r);

    List<String> policies = r.all("Content-Security-Policy");
    assertEquals(2, policies.size(), () -> "two Content-Security-Policy headers: " + policies);
    assertTrue(policies.contains(FILTER_POLICY), () -> "the filter's policy: " + policies);
    String primefaces =
        policies.stream()
            .filter(p -> directives(p).containsKey("script-src"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no policy with script-src: " + policies));
    for (String policy : policies) {
      assertStrictPolicy(policy);
      assertEquals(
          List.of("'none'"),
          directives(policy).get("frame-ancestors"),
          "frame-ancestors: " + policy);
    }

    // script-src 'self' 'nonce-…', and every script of the page carries that same nonce.
    List<String> scriptSrc = directives(primefaces).get("script-src");
    assertTrue(scriptSrc.contains("'self'"), primefaces);
    String nonce =
        scriptSrc.stream()
            .filter(s -> s.startsWith("'nonce-"))
            .map(s -> s.substring("'nonce-".length(), s.length() - 1))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no nonce in " + primefaces));
    assertTrue(nonce.length() >= 16, "a nonce long enough to guess at: " + nonce);
    Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(r.body());
    int count = 0;
    while (scripts.find()) {
      count++;
      assertTrue(
          scripts.group(1).contains("nonce=\"" + nonce + "\""),
          "script without the response's nonce: " + scripts.group());
    }
    assertTrue(count > 0, "the page has scripts to check");
  }

  @Test
  void theScriptNonceChangesWithEveryResponse() {
    assertNotEquals(nonceOf(Http.get("/")), nonceOf(Http.get("/")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/coops",
        "/api/v1/coops/HOKUTO/stores",
        "/api/v1/coops/NOPE/stores",
        "/api/v1/nothing"
      })
  void apiResponsesLoadNothingAndAreNotCached(String path) {
    Response r = Http.get(path);
    assertTrue(r.contentType().startsWith("application/json"), r::toString);
    assertCommonHeaders(r);
    assertEquals(List.of(API_POLICY), r.all("Content-Security-Policy"), r::toString);
    assertEquals(Optional.of("no-store"), r.header("Cache-Control"), r::toString);
  }

  // ---------------------------------------------------------------- error pages

  @Test
  void anUnknownPageIsTheFriendlyJapaneseNotFoundPage() {
    Response r = Http.get("/this/does/not/exist");
    assertEquals(404, r.status(), r::toString);
    assertCommonHeaders(r);
    assertTrue(r.contentType().startsWith("text/html"), r::toString);
    assertEquals("ja", htmlLang(r.body()));
    assertTrue(r.body().contains("id=\"error-404\""), r::toString);
    assertEquals("ページが見つかりません", h1(r.body()));
    assertNoInternals(r.body());
  }

  @Test
  void anUnexpectedErrorIsTheFriendlyPageWithoutInternals() {
    Response r = Http.get("/dev/fail");
    assertEquals(500, r.status(), r::toString);
    assertCommonHeaders(r);
    assertEquals("ja", htmlLang(r.body()));
    assertTrue(r.body().contains("id=\"error-500\""), r::toString);
    assertEquals("ただいま処理できませんでした", h1(r.body()));
    assertNoInternals(r.body());
    assertFalse(r.body().contains("secret-internal-detail"), r::toString);
    assertFalse(r.body().contains("IllegalStateException"), r::toString);
  }

  @Test
  void anUnexpectedErrorSpeaksEnglishToWhoChoseIt() {
    Response r = Http.get("/dev/fail", "Cookie", "kumiai-lang=en");
    assertEquals(500, r.status(), r::toString);
    assertEquals("en", htmlLang(r.body()));
    assertTrue(r.body().contains("id=\"error-500\""), r::toString);
    assertEquals("We could not complete that", h1(r.body()));
    assertNoInternals(r.body());
    assertFalse(r.body().contains("secret-internal-detail"), r::toString);
    assertFalse(r.body().contains("IllegalStateException"), r::toString);
  }

  @Test
  void aFormPostedFromAnExpiredPageGetsTheExpiredPage() {
    Response r =
        Http.postForm(
            "/stores", "form=form&jakarta.faces.ViewState=-1234567890%3A987654321&form%3Ago=go");
    assertCommonHeaders(r);
    assertTrue(r.body().contains("id=\"error-expired\""), r::toString);
    assertEquals("ページの有効期限が切れました", h1(r.body()));
    assertNoInternals(r.body());
  }

  @Test
  void aFileUploadSentWithoutItsLengthIsRefusedWithTheReason() {
    String boundary = "kumiai-test-boundary";
    byte[] file = new byte[6 * 1024 * 1024];
    Arrays.fill(file, (byte) 'a');
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"form:file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + file.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(file, 0, body, head.length, file.length);
    System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
    String type = "multipart/form-data; boundary=" + boundary;

    // Past the 5 MB limit, which only the container's parse could tell (before: the error page).
    Response large = Http.postChunked("/stores", type, body);
    Response small =
        Http.postChunked(
            "/stores",
            type,
            Arrays.copyOfRange(body, 0, head.length + 10),
            "Cookie",
            "kumiai-lang=en");

    assertAll(
        () -> assertEquals(411, large.status(), large::toString),
        () ->
            assertEquals("ファイルの送信にはサイズ（Content-Length）の指定が必要です。ブラウザのフォームから送信してください。", large.body()),
        () -> assertEquals(411, small.status(), small::toString),
        () ->
            assertEquals(
                "A file upload must state its size (Content-Length). Please send it from the form"
                    + " in a browser.",
                small.body()));
  }

  // ---------------------------------------------------------------- language

  @Test
  void theSwitchSetsTheCookieAndReturnsToThePage() {
    Response r = Http.get("/language?to=en&back=%2Fstores%3Fcoop%3DWAKABA");
    assertEquals(302, r.status(), r::toString);
    assertEquals("/stores?coop=WAKABA", location(r), r::toString);

    String cookie = languageCookie(r).orElseThrow(() -> new AssertionError(r.toString()));
    List<String> attributes = attributes(cookie);
    assertEquals("kumiai-lang=en", attributes.get(0), cookie);
    assertTrue(attributes.contains("httponly"), cookie);
    assertTrue(attributes.contains("samesite=lax"), cookie);
    assertTrue(attributes.contains("path=/"), cookie);
    String maxAge =
        attributes.stream()
            .filter(a -> a.startsWith("max-age="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Max-Age: " + cookie));
    long seconds = Long.parseLong(maxAge.substring("max-age=".length()));
    assertTrue(
        seconds >= 364L * 24 * 3600 && seconds <= 366L * 24 * 3600, "about a year: " + cookie);

    // And back to Japanese.
    Response ja = Http.get("/language?to=ja&back=%2F");
    assertEquals(302, ja.status(), ja::toString);
    assertEquals("/", location(ja));
    assertTrue(languageCookie(ja).orElseThrow().startsWith("kumiai-lang=ja;"), ja::toString);
  }

  @Test
  void theChoiceIsRememberedOnLaterPages() {
    for (String path : List.of("/", "/stores", "/stores?coop=SETOUCHI")) {
      Response en = Http.get(path, "Cookie", "kumiai-lang=en");
      assertEquals(200, en.status(), en::toString);
      assertEquals("en", htmlLang(en.body()), path);
      Response ja = Http.get(path, "Cookie", "kumiai-lang=ja");
      assertEquals("ja", htmlLang(ja.body()), path);
    }
    assertEquals("University Co-op Portal", h1(Http.get("/", "Cookie", "kumiai-lang=en").body()));
    assertEquals("Stores and hours", h1(Http.get("/stores", "Cookie", "kumiai-lang=en").body()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example",
        "https://evil.example",
        "https://evil.example/stores",
        "/%5Cevil.example",
        "evil.example",
        "%2F%2Fevil.example%2F",
        "/%0D%0ALocation:%20https://evil.example"
      })
  void theSwitchNeverRedirectsAway(String back) {
    Response r = Http.get("/language?to=en&back=" + back);
    assertEquals(302, r.status(), r::toString);
    assertEquals("/", location(r), () -> "back=" + back + " → " + r);
    assertTrue(r.all("Location").stream().noneMatch(l -> l.contains("evil")), r::toString);
  }

  @Test
  void anUnknownLanguageSetsNoCookie() {
    Response r = Http.get("/language?to=xx&back=%2Fstores");
    assertEquals(302, r.status(), r::toString);
    assertEquals("/stores", location(r));
    assertEquals(Optional.empty(), languageCookie(r), r::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"kumiai-lang=xx<script>", "kumiai-lang=", "kumiai-lang=EN", "kumiai-lang=en-US"})
  void aMalformedCookieMeansJapanese(String cookie) {
    Response r = Http.get("/", "Cookie", cookie);
    assertEquals(200, r.status(), r::toString);
    assertEquals("ja", htmlLang(r.body()));
    assertEquals("大学生協ポータル", h1(r.body()));
    assertFalse(r.body().contains("xx<script>"), "the cookie is not echoed");
  }

  @ParameterizedTest
  @ValueSource(strings = {";;;q=abc", "en-US", "en", "en-US,en;q=0.9", "*", "zz-ZZ;q=1.5"})
  void acceptLanguageNeverChangesTheLanguage(String acceptLanguage) {
    for (String path : List.of("/", "/stores")) {
      Response r = Http.get(path, "Accept-Language", acceptLanguage);
      assertEquals(200, r.status(), r::toString);
      assertEquals("ja", htmlLang(r.body()), path + " with Accept-Language " + acceptLanguage);
    }
    assertEquals("大学生協ポータル", h1(Http.get("/", "Accept-Language", acceptLanguage).body()));
  }

  // ---------------------------------------------------------------- never echoed, never served

  @Test
  void aScriptInAnUnknownCoopIsNotEchoed() {
    Response r = Http.get("/stores?coop=%3Cscript%3Ealert(1)%3C/script%3E");
    assertEquals(404, r.status(), r::toString);
    assertTrue(r.body().contains("id=\"error-404\""), r::toString);
    assertFalse(r.body().contains("<script>alert(1)"), r::toString);

    Http.RawResponse raw = Http.raw("/stores?coop=<script>alert(1)</script>");
    assertFalse(raw.body().contains("<script>alert"), raw::body);
  }

  @Test
  void aScriptInAnyQueryIsNotEchoed() {
    Response r = Http.get("/?q=%3Cscript%3Ealert(1)%3C/script%3E");
    assertEquals(200, r.status(), r::toString);
    assertFalse(r.body().contains("<script>alert"), r::toString);
    // The language links carry this page's address, encoded.
    assertTrue(r.body().contains("back=%2F%3Fq%3D"), r::toString);

    // The same with the characters sent raw (java.net.URI would refuse them).
    Http.RawResponse raw = Http.raw("/?q=<script>alert(1)</script>&x=\"><script>alert(2)</script>");
    assertEquals(200, raw.status(), raw::head);
    assertFalse(raw.body().contains("<script>alert"), raw::body);
    assertFalse(raw.body().contains("\"><script"), raw::body);
    assertTrue(
        raw.body().contains("id=\"lang-en\""), "the page with the language links: " + raw.body());
  }

  @Test
  void configurationUnderWebInfIsNeverServed() {
    Response r = Http.get("/WEB-INF/web.xml");
    assertFalse(r.body().contains("<web-app"), r::toString);
    assertFalse(r.body().contains("Faces Servlet"), r::toString);
    // It answers like any missing page: 404, the friendly page, the usual headers.
    assertTrue(r.body().contains("id=\"error-404\""), r::toString);
    assertEquals(404, r.status(), r::toString);
    assertCommonHeaders(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%73taff/members", "//staff/members", "/%6Dember/wallet/"})
  void aRestrictedPageSpelledAnotherWayStillAsksToSignIn(String path) {
    Response r = Http.get(path);
    assertEquals(302, r.status(), r::toString);
    assertTrue(r.header("Location").orElse("").contains("/signin?back="), r::toString);
  }

  @Test
  void rawFaceletsSourcesAreNotServed() {
    Response r = Http.get("/WEB-INF/templates/layout.xhtml");
    assertFalse(r.body().contains("ui:insert"), r::toString);
    assertFalse(r.body().contains("#{msg["), r::toString);
  }

  @Test
  void outgoingMessagesPageAnswersInDemoMode() {
    Response r = Http.get("/dev/messages");
    assertEquals(200, r.status(), r::toString);
    assertEquals("送信メッセージ（デモ）", h1(r.body()));
    assertFalse(r.body().contains("id=\"error-404\""), r::toString);
    boolean empty = r.body().contains("まだメッセージはありません。");
    boolean listed = r.body().contains("class=\"k-message\"");
    assertTrue(empty != listed, "either the empty note or messages, not both: " + r.body());
  }

  // ---------------------------------------------------------------- helpers

  private static void assertCommonHeaders(Response r) {
    assertAll(
        () -> assertEquals(Optional.of("nosniff"), r.header("X-Content-Type-Options"), r::toString),
        () -> assertEquals(List.of("DENY"), r.all("X-Frame-Options"), r::toString),
        () ->
            assertEquals(
                Optional.of("strict-origin-when-cross-origin"),
                r.header("Referrer-Policy"),
                r::toString),
        () -> assertFalse(r.all("Content-Security-Policy").isEmpty(), r::toString),
        () -> r.all("Content-Security-Policy").forEach(WebShellIT::assertStrictPolicy));
  }

  /** No 'unsafe-eval' anywhere, and scripts (script-src, else default-src) not 'unsafe-inline'. */
  private static void assertStrictPolicy(String policy) {
    assertFalse(policy.contains("'unsafe-eval'"), "unsafe-eval in " + policy);
    Map<String, List<String>> d = directives(policy);
    List<String> scripts = d.getOrDefault("script-src", d.getOrDefault("default-src", List.of()));
    assertFalse(scripts.contains("'unsafe-inline'"), "script unsafe-inline in " + policy);
    for (String elem : List.of("script-src-elem", "script-src-attr")) {
      assertFalse(
          d.getOrDefault(elem, List.of()).contains("'unsafe-inline'"), elem + " in " + policy);
    }
  }

  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String[] words = directive.trim().split("\\s+");
      if (words.length > 0 && !words[0].isEmpty()) {
        map.put(words[0].toLowerCase(), List.of(words).subList(1, words.length));
      }
    }
    return map;
  }

  private static String nonceOf(Response r) {
    Matcher m =
        Pattern.compile("'nonce-([^']+)'")
            .matcher(String.join(" ", r.all("Content-Security-Policy")));
    assertTrue(m.find(), r::toString);
    return m.group(1);
  }

  private static void assertNoInternals(String body) {
    String visible = SCRIPT_ELEMENT.matcher(body).replaceAll("");
    assertAll(
        () -> assertFalse(visible.contains("Exception"), "Exception in " + visible),
        () -> assertFalse(STACK_LINE.matcher(body).find(), "stack trace in " + body),
        () -> assertFalse(body.contains("Payara"), "Payara's own page: " + body),
        () -> assertFalse(body.contains("HTTP Status"), "a container error page: " + body),
        () -> assertFalse(body.contains("jakarta.servlet"), body));
  }

  /** The redirect target as a path on this site ("" host-relative), or the absolute URL if not. */
  private static String location(Response r) {
    String location = r.header("Location").orElseThrow(() -> new AssertionError(r.toString()));
    URI resolved = URI.create(Http.base() + "/").resolve(location);
    URI base = URI.create(Http.base());
    if (!base.getHost().equals(resolved.getHost()) || base.getPort() != resolved.getPort()) {
      return resolved.toString();
    }
    String query = resolved.getRawQuery();
    return resolved.getRawPath() + (query == null ? "" : "?" + query);
  }

  private static Optional<String> languageCookie(Response r) {
    return r.all("Set-Cookie").stream().filter(c -> c.startsWith("kumiai-lang=")).findFirst();
  }

  /** The first is name=value as sent; the others lower-cased and trimmed. */
  private static List<String> attributes(String setCookie) {
    List<String> list = new ArrayList<>();
    String[] parts = setCookie.split(";");
    list.add(parts[0].trim());
    for (int i = 1; i < parts.length; i++) {
      list.add(parts[i].trim().toLowerCase().replace(" ", ""));
    }
    return list;
  }

  private static String htmlLang(String body) {
    Matcher m = HTML_LANG.matcher(body);
    assertTrue(m.find(), "no <html lang>: " + body);
    return m.group(1);
  }

  private static String h1(String body) {
    Matcher m = H1.matcher(body);
    assertTrue(m.find(), "no <h1>: " + body);
    return m.group(1).trim();
  }
}
