package org.kumiai.e2e.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;

/**
 * The sign-up wizard in Chromium against the deployed EAR, reading every code from the demo outbox
 * page (/dev/messages) as a member would read their mail and texts.
 */
class SignUpBrowserIT {

  private static final Pattern ARTICLE =
      Pattern.compile("<article class=\"k-message\"[^>]*>(.*?)</article>", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("(?:確認コード|code)[^0-9]{0,12}(\\d{6})");
  private static final String PASSWORD = "Wakaba-Dining 2026!";

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

  /** Waits for mail number {@code count} to reach the SMTP server and returns its code. */
  private static String mailedCode(String email, int count) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      List<Map<String, Object>> mails = mailbox(email);
      if (mails.size() >= count) {
        Matcher m = SUBJECT_CODE.matcher(String.valueOf(mails.get(count - 1).get("subject")));
        assertTrue(m.find(), "a code in the subject: " + mails.get(count - 1).get("subject"));
        return m.group(1);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("mail " + count + " to " + email + " never reached the SMTP server");
  }

  /** The newest code texted to {@code recipient}, from the SMS simulator's record. */
  private static String latestCode(String recipient) {
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

  private static void type(Browser b, String id, String text) {
    WebElement input = b.driver().findElement(By.id("signup:" + id));
    input.clear();
    input.sendKeys(text);
  }

  private static void press(Browser b, String id) {
    b.driver().findElement(By.id("signup:" + id)).click();
    b.waitForPage();
  }

  private static boolean showing(Browser b, String panel) {
    return !b.driver().findElements(By.id("signup:panel-" + panel)).isEmpty();
  }

  private static String currentStep(Browser b) {
    return b.text(".k-steps__step--current .k-steps__label");
  }

  private static String messageFor(Browser b, String id) {
    return b.text("#signup\\:" + id + "-message");
  }

  private static Optional<String> notice(Browser b) {
    List<WebElement> notices = b.findAll(".k-notices li");
    return notices.isEmpty() ? Optional.empty() : Optional.of(notices.get(0).getText());
  }

  @Test
  void aDemoMemberSignsUpReadingCodesFromMailAndSms() throws Exception {
    String email = "misaki.takahashi@wakaba.example.jp";
    try (Browser b = new Browser()) {
      b.open("/signup");
      assertEquals("メールアドレス確認", currentStep(b));
      b.screenshot("signup-1-email.png");

      type(b, "email", "<script>alert(1)</script>");
      press(b, "sendEmailCode");
      assertEquals("メールアドレスの形式が正しくありません。", messageFor(b, "email"));

      type(b, "email", email);
      press(b, "sendEmailCode");
      assertTrue(showing(b, "email-code"));
      assertTrue(notice(b).orElseThrow().contains("確認コードを送信しました"));
      b.screenshot("signup-2-email-code.png");

      String code = mailedCode(email, 1);
      type(b, "emailCode", code.equals("000000") ? "111111" : "000000");
      press(b, "confirmEmailCode");
      assertEquals("確認コードが違います。", messageFor(b, "emailCode"));
      type(b, "emailCode", code);
      press(b, "confirmEmailCode");

      assertTrue(showing(b, "password"), "on to the password");
      assertEquals("パスワードと氏名", currentStep(b));
      assertTrue(b.text("#signup\\:linked").contains("組合員情報と連携しました"));
      type(b, "password", "password");
      type(b, "passwordRepeat", "password");
      type(b, "familyName", "高橋");
      type(b, "givenName", "美咲");
      press(b, "choosePassword");
      String problems = messageFor(b, "password");
      assertTrue(problems.contains("推測されやすい"), "every broken rule is listed: " + problems);
      assertTrue(problems.contains("3種類"), "every broken rule is listed: " + problems);
      b.screenshot("signup-3-password-refused.png");

      type(b, "password", PASSWORD);
      type(b, "passwordRepeat", PASSWORD);
      type(b, "familyName", "高橋");
      type(b, "givenName", "美咲");
      press(b, "choosePassword");
      assertTrue(showing(b, "phone"), "on to the phone");
      assertEquals("電話番号の確認", currentStep(b));

      type(b, "phone", "０８０－２２２２－０００１");
      press(b, "sendSms");
      assertTrue(showing(b, "phone-code"));
      b.screenshot("signup-4-phone-code.png");
      type(b, "phoneCode", latestCode("+818022220001"));
      press(b, "confirmPhoneCode");

      assertTrue(showing(b, "done"), "signed up");
      assertEquals("完了", currentStep(b));
      b.screenshot("signup-5-done.png");
    }
  }

  @Test
  void aSignUpInterruptedAtEachStepResumesWhereItStopped() throws Exception {
    String email = "resume-" + UUID.randomUUID() + "@example.jp";
    try (Browser first = new Browser()) {
      first.open("/signup");
      type(first, "email", email);
      press(first, "sendEmailCode");
      type(first, "emailCode", mailedCode(email, 1));
      press(first, "confirmEmailCode");
      assertTrue(showing(first, "password"));
      assertTrue(first.text("#signup\\:prospective").contains("組合員情報と連携されていません"));
    }

    // Back another day, in a new browser, by the link in the code mail.
    try (Browser second = new Browser()) {
      second.open("/signup?email=" + email.replace("@", "%40"));
      assertTrue(showing(second, "email-code"), "the code panel for the mailed address");
      type(second, "emailCode", mailedCode(email, 1));
      press(second, "confirmEmailCode");
      assertEquals("このコードはすでに使われています。新しいコードを受け取ってください。", messageFor(second, "emailCode"));
      Thread.sleep(2_100);
      press(second, "resendEmailCode");
      type(second, "emailCode", mailedCode(email, 2));
      press(second, "confirmEmailCode");
      assertTrue(showing(second, "password"), "resumed at the password, not the start");
      type(second, "password", PASSWORD);
      type(second, "passwordRepeat", PASSWORD);
      type(second, "familyName", "山田");
      type(second, "givenName", "花子");
      press(second, "choosePassword");
      assertTrue(showing(second, "phone"));
    }

    try (Browser third = new Browser()) {
      third.open("/signup?email=" + email.replace("@", "%40"));
      Thread.sleep(2_100);
      press(third, "resendEmailCode");
      type(third, "emailCode", mailedCode(email, 3));
      press(third, "confirmEmailCode");
      assertTrue(showing(third, "phone"), "resumed at the phone");
      assertEquals("電話番号の確認", currentStep(third));
      assertFalse(showing(third, "password"));
      third.screenshot("signup-resumed-at-phone.png");
    }
  }
}
