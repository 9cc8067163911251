package org.kumiai.e2e.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a member does on the identity pages, for the journeys: fill a field of a form, press a
 * button, and read the codes that reach their mailbox (the real SMTP server the build starts) and
 * phone (the SMS simulator's record on /dev/messages).
 */
public final class Journey {

  public static final String PASSWORD = "Wakaba-Dining 2026!";

  private Journey() {}

  private static final Pattern ARTICLE =
      Pattern.compile("<article class=\"k-message\"[^>]*>(.*?)</article>", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("(?:確認コード|code)[^0-9]{0,12}(\\d{6})");

  private static final Pattern SUBJECT_CODE = Pattern.compile("(\\d{6})$");

  private static List<Map<String, Object>> mailbox(String email) {
    String api = System.getProperty("kumiai.mailapi", "http://127.0.0.1:18090");
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(api + "/api/user/" + email + "/messages/"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return List.of();
      }
      return new Json().toType(r.body(), new TypeToken<List<Map<String, Object>>>() {}.getType());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many mails reached the SMTP server for {@code email} so far. */
  public static int mailCount(String email) {
    return mailbox(email).size();
  }

  /** Waits for mail number {@code count} to reach the SMTP server and returns its subject. */
  public static String mailSubject(String email, int count) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      List<Map<String, Object>> mails = mailbox(email);
      if (mails.size() >= count) {
        return String.valueOf(mails.get(count - 1).get("subject"));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("mail " + count + " to " + email + " never reached the SMTP server");
  }

  /** Waits for mail number {@code count} to reach the SMTP server and returns its code. */
  public static String mailedCode(String email, int count) throws InterruptedException {
    String subject = mailSubject(email, count);
    Matcher m = SUBJECT_CODE.matcher(subject);
    assertTrue(m.find(), "a code in the subject: " + subject);
    return m.group(1);
  }

  /** The newest code texted to {@code recipient}, from the SMS simulator's record. */
  public static String latestCode(String recipient) {
    String page = Http.get("/dev/messages").body();
    Matcher article = ARTICLE.matcher(page);
    while (article.find()) {
      String html = article.group(1);
      if (html.contains(">" + recipient + "<")) {
        Matcher code = CODE.matcher(html);
        if (code.find()) {
          return code.group(1);
        }
      }
    }
    throw new AssertionError("no code sent to " + recipient);
  }

  /** Types into a field of the sign-up form. */
  public static void type(Browser b, String id, String text) {
    fill(b, "signup", id, text);
  }

  /** Presses a button of the sign-up form and waits for the next page. */
  public static void press(Browser b, String id) {
    click(b, "signup", id);
  }

  public static boolean showing(Browser b, String panel) {
    return showingIn(b, "signup", panel);
  }

  public static boolean showingIn(Browser b, String form, String panel) {
    return !b.driver().findElements(By.id(form + ":panel-" + panel)).isEmpty();
  }

  /**
   * Waits for the live password checklist to mark {@code count} rules unmet and returns their keys,
   * in order, from their data attribute.
   */
  public static List<String> unmetRules(Browser b, int count) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(10), Browser.POLL)
        .until(d -> d.findElements(By.cssSelector(".k-pwrules__rule--unmet")).size() == count);
    return b.findAll(".k-pwrules__rule--unmet").stream()
        .map(e -> e.getAttribute("data-rule"))
        .toList();
  }

  public static String currentStep(Browser b) {
    return b.text(".k-steps__step--current .k-steps__label");
  }

  public static String messageFor(Browser b, String id) {
    return b.text("#signup\\:" + id + "-message");
  }

  public static Optional<String> notice(Browser b) {
    List<WebElement> notices = b.findAll(".k-notices li");
    return notices.isEmpty() ? Optional.empty() : Optional.of(notices.get(0).getText());
  }

  public static void fill(Browser b, String form, String id, String text) {
    WebElement input = b.driver().findElement(By.id(form + ":" + id));
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Types {@code text} into a field, presses {@code button} and returns the message shown at that
   * field: how a form names what is wrong with one value.
   */
  public static String refusal(Browser b, String form, String field, String text, String button) {
    fill(b, form, field, text);
    click(b, form, button);
    return b.text("#" + form + "\\:" + field + "-message");
  }

  /** Presses a button and waits until the next page has replaced this one. */
  public static void click(Browser b, String form, String id) {
    afterNavigation(b, () -> b.driver().findElement(By.id(form + ":" + id)).click());
  }

  /**
   * Posts the form as it stands twice, one post after the other, pressing {@code button}: what a
   * browser's resend, or back and submit, does with a page. Returns the two HTTP statuses.
   */
  public static List<Object> postTwice(Browser b, String form, String button) {
    JavascriptExecutor js = b.driver();
    @SuppressWarnings("unchecked")
    List<Object> statuses =
        (List<Object>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const f = document.getElementById(arguments[0]);"
                    + "const body = new URLSearchParams(new FormData(f));"
                    + "body.append(arguments[1], arguments[1]);"
                    + "(async () => { const s = [];"
                    + "  for (let i = 0; i < 2; i++) {"
                    + "    s.push((await fetch(f.action, {method: 'POST', body})).status); }"
                    + "  done(s); })().catch(e => done([String(e)]));",
                form,
                form + ":" + button);
    return statuses;
  }

  /**
   * Runs {@code action} and waits for a new document: "readyState is complete" alone can still be
   * the old page when the check runs before the browser has started to navigate.
   */
  public static void afterNavigation(Browser b, Runnable action) {
    JavascriptExecutor js = b.driver();
    js.executeScript("window.kumiaiPreviousPage = true;");
    action.run();
    new WebDriverWait(b.driver(), Duration.ofSeconds(30), Browser.POLL)
        .until(
            d -> {
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

  /** A whole sign-up in {@code b}: email, code, password and name, phone and its code, profile. */
  public static void signUp(Browser b, String email, String phone, String family, String given)
      throws InterruptedException {
    int earlier = mailbox(email).size();
    b.open("/signup");
    type(b, "email", email);
    press(b, "sendEmailCode");
    type(b, "emailCode", mailedCode(email, earlier + 1));
    press(b, "confirmEmailCode");
    type(b, "password", PASSWORD);
    type(b, "passwordRepeat", PASSWORD);
    type(b, "familyName", family);
    type(b, "givenName", given);
    press(b, "choosePassword");
    if (phone != null) {
      type(b, "phone", phone);
      press(b, "sendSms");
      type(b, "phoneCode", latestCode(e164(phone)));
      press(b, "confirmPhoneCode");
      assertTrue(showing(b, "profile"), "on to the profile");
      fillProfile(b);
      press(b, "saveProfile");
      assertTrue(showing(b, "done"), "signed up");
    }
  }

  /** A valid profile, typed the way people type: half-width kana, full-width digits. */
  public static void fillProfile(Browser b) {
    type(b, "familyKana", "ﾀﾅｶ");
    type(b, "givenKana", "ハナコ");
    type(b, "postalCode", "９８０－８５７７");
    new Select(b.driver().findElement(By.id("signup:prefecture"))).selectByVisibleText("宮城県");
    type(b, "city", "仙台市青葉区");
    type(b, "addressLine1", "片平2-1-1");
    type(b, "contactPhone", "022-123-4567");
  }

  /** Email and password, then the code texted to {@code e164}; ends on the role's home. */
  public static void signInBySms(Browser b, String email, String password, String e164) {
    b.open("/signin");
    fill(b, "signin", "email", email);
    fill(b, "signin", "password", password);
    click(b, "signin", "checkPassword");
    click(b, "signin", "sendSms");
    fill(b, "signin", "code", latestCode(e164));
    click(b, "signin", "confirmCode");
  }

  /** A Japanese mobile number as E.164, the way the SMS simulator records it. */
  public static String e164(String national) {
    return "+81" + national.replaceAll("[^0-9]", "").substring(1);
  }
}
