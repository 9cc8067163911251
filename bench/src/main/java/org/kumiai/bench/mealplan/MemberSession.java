package org.kumiai.bench.mealplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A demo member signed up and in as a member does it, in headless Chromium (the flows of the
 * end-to-end tests' {@code Journey}): the sign-up with the member's address, which links the
 * account to the membership registered with it, a mobile number and the profile; then email,
 * password and the code texted. The codes are read where the demo's outbox keeps them, the {@code
 * outbound_message} table that {@code /dev/messages} lists. What is handed back is the session's
 * cookies, as a {@code Cookie} header for plain HTTP requests.
 */
final class MemberSession {

  static final String PASSWORD = "Hokuto-Bench 2026!";

  private static final Pattern SMS_CODE = Pattern.compile("(?:確認コード|code)[^0-9]{0,12}(\\d{6})");
  private static final Pattern SUBJECT_CODE = Pattern.compile("(\\d{6})$");

  private final String baseUrl;
  private final Connection db;
  private final Path profileParent;

  MemberSession(String baseUrl, Connection db, Path profileParent) {
    this.baseUrl = baseUrl;
    this.db = db;
    this.profileParent = profileParent;
  }

  /** Signs the member up, then in by SMS; returns the session's cookies as a header value. */
  String signUpAndIn(String email, String phone, String family, String given) throws Exception {
    Path profile = Files.createTempDirectory(profileParent, "chromium-profile-");
    ChromeDriver driver = driver(profile);
    try {
      signUp(driver, email, phone, family, given);
      driver.manage().deleteAllCookies();
      signIn(driver, email, e164(phone));
      if (!driver.getCurrentUrl().contains("/member")) {
        throw new IllegalStateException(
            "Signed in but on " + driver.getCurrentUrl() + ", not the member's home");
      }
      return driver.manage().getCookies().stream()
          .map(c -> c.getName() + "=" + c.getValue())
          .collect(Collectors.joining("; "));
    } finally {
      driver.quit();
      deleteQuietly(profile);
    }
  }

  private void signUp(ChromeDriver d, String email, String phone, String family, String given)
      throws Exception {
    open(d, "/signup");
    Instant mark = latest(email);
    fill(d, "signup", "email", email);
    click(d, "signup", "sendEmailCode");
    String subject = message(email, mark)[0];
    Matcher m = SUBJECT_CODE.matcher(subject);
    if (!m.find()) {
      throw new IllegalStateException("No code in the mail's subject: " + subject);
    }
    fill(d, "signup", "emailCode", m.group(1));
    click(d, "signup", "confirmEmailCode");
    fill(d, "signup", "password", PASSWORD);
    fill(d, "signup", "passwordRepeat", PASSWORD);
    fill(d, "signup", "familyName", family);
    fill(d, "signup", "givenName", given);
    click(d, "signup", "choosePassword");
    String to = e164(phone);
    mark = latest(to);
    fill(d, "signup", "phone", phone);
    click(d, "signup", "sendSms");
    fill(d, "signup", "phoneCode", smsCode(to, mark));
    click(d, "signup", "confirmPhoneCode");
    if (!showing(d, "signup", "profile")) {
      throw new IllegalStateException("Sign-up did not reach the profile step: " + notices(d));
    }
    fill(d, "signup", "familyKana", "サトウ");
    fill(d, "signup", "givenKana", "ケント");
    fill(d, "signup", "postalCode", "0600808");
    new Select(d.findElement(By.id("signup:prefecture"))).selectByVisibleText("北海道");
    fill(d, "signup", "city", "札幌市北区");
    fill(d, "signup", "addressLine1", "北8条西5丁目");
    fill(d, "signup", "contactPhone", "011-123-4567");
    click(d, "signup", "saveProfile");
    if (!showing(d, "signup", "done")) {
      throw new IllegalStateException("Sign-up did not finish: " + notices(d));
    }
  }

  private void signIn(ChromeDriver d, String email, String e164) throws Exception {
    open(d, "/signin");
    fill(d, "signin", "email", email);
    fill(d, "signin", "password", PASSWORD);
    click(d, "signin", "checkPassword");
    Instant mark = latest(e164);
    click(d, "signin", "sendSms");
    fill(d, "signin", "code", smsCode(e164, mark));
    click(d, "signin", "confirmCode");
  }

  private String smsCode(String to, Instant after) throws Exception {
    String[] message = message(to, after);
    Matcher m = SMS_CODE.matcher(message[1]);
    if (!m.find()) {
      throw new IllegalStateException("No code in the text: " + message[1]);
    }
    return m.group(1);
  }

  /** When the newest message to {@code recipient} was queued (the epoch when there is none). */
  private Instant latest(String recipient) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement("SELECT MAX(created_at) FROM outbound_message WHERE recipient = ?")) {
      q.setString(1, recipient);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        java.sql.Timestamp t = rs.getTimestamp(1);
        return t == null ? Instant.EPOCH : t.toInstant();
      }
    }
  }

  /** Waits (30 s at most) for a message to {@code recipient} newer than {@code after}. */
  private String[] message(String recipient, Instant after) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      try (PreparedStatement q =
          db.prepareStatement(
              "SELECT subject, body FROM outbound_message WHERE recipient = ? AND created_at > ?"
                  + " ORDER BY created_at DESC, id DESC LIMIT 1")) {
        q.setString(1, recipient);
        q.setTimestamp(2, java.sql.Timestamp.from(after));
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next()) {
            return new String[] {rs.getString(1), rs.getString(2)};
          }
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("No message reached the outbox for " + recipient);
  }

  private ChromeDriver driver(Path profile) {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriver driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private void open(ChromeDriver d, String path) {
    d.get(baseUrl + path);
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(x -> "complete".equals(d.executeScript("return document.readyState")));
  }

  private static void fill(ChromeDriver d, String form, String id, String text) {
    WebElement input = d.findElement(By.id(form + ":" + id));
    input.clear();
    input.sendKeys(text);
  }

  /** Presses a button and waits until the next page has replaced this one. */
  private static void click(ChromeDriver d, String form, String id) {
    JavascriptExecutor js = d;
    js.executeScript("window.kumiaiPreviousPage = true;");
    d.findElement(By.id(form + ":" + id)).click();
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x -> {
              try {
                return Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.kumiaiPreviousPage === undefined"
                            + " && document.readyState === 'complete';"));
              } catch (WebDriverException navigating) {
                return false;
              }
            });
  }

  private static boolean showing(ChromeDriver d, String form, String panel) {
    return !d.findElements(By.id(form + ":panel-" + panel)).isEmpty();
  }

  private static String notices(ChromeDriver d) {
    return d.findElements(By.cssSelector(".k-notices li, .k-field__message")).stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .collect(Collectors.joining(" / "));
  }

  /** A Japanese mobile number as E.164, as the SMS simulator records it. */
  static String e164(String national) {
    return "+81" + national.replaceAll("[^0-9]", "").substring(1);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // A leftover profile under target/ is harmless.
    }
  }
}
