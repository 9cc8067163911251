package org.kumiai.e2e.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.identity.Base32;
import org.kumiai.domain.identity.Totp;
import org.kumiai.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The account page in Chromium: an authenticator app added by its QR code's key and used to sign
 * in, recovery codes, the password reset, and signing out of every session.
 */
class FactorsBrowserIT {

  private static String someone() {
    return "factors-" + UUID.randomUUID() + "@example.jp";
  }

  private static String somePhone() {
    return "090-5"
        + (100 + (int) (Math.random() * 899))
        + "-"
        + (1000 + (int) (Math.random() * 8999));
  }

  private static void password(Browser b, String email, String password) {
    b.open("/signin");
    Journey.fill(b, "signin", "email", email);
    Journey.fill(b, "signin", "password", password);
    Journey.click(b, "signin", "checkPassword");
  }

  @Test
  void anAuthenticatorAppAddedOnTheAccountPageSignsInAndSoDoRecoveryCodes() throws Exception {
    String email = "ichiro.suzuki@hokuto.example.jp";
    String phone = somePhone();
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, phone, "佐藤", "健");
    }
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, email, Journey.PASSWORD, Journey.e164(phone));
      assertEquals("/member/", b.path());
      b.open("/account/");
      assertEquals("未登録", b.text("#factor-totp"));
      Journey.click(b, "account", "startTotp");
      WebElement qr = b.find("#account\\:qr");
      assertTrue(qr.getAttribute("src").startsWith("data:image/svg+xml;base64,"));
      assertTrue(qr.getSize().getWidth() >= 150, "a QR code big enough to scan");
      b.screenshot("account-1-totp-enrol.png");

      URI uri = URI.create(b.find("#otpauth").getAttribute("textContent").trim());
      String secret = uri.getRawQuery().replaceAll(".*secret=([A-Z2-7]+).*", "$1");
      assertEquals(secret, b.text("#secret").replace(" ", ""), "the typed key is the QR's key");
      Totp app = Totp.standard(Base32.decode(secret));

      Journey.fill(
          b, "account", "totp", "000000".equals(app.codeAt(Instant.now())) ? "111111" : "000000");
      Journey.click(b, "account", "confirmTotp");
      assertEquals("確認コードが違います。", b.text("#account\\:totp-message"));
      Journey.fill(b, "account", "totp", app.codeAt(Instant.now()));
      Journey.click(b, "account", "confirmTotp");
      List<String> recovery =
          b.findAll(".k-recovery__code").stream().map(WebElement::getText).toList();
      assertEquals(10, recovery.size(), "ten recovery codes, shown once");
      assertTrue(b.text("#factor-totp").contains("に登録"));
      b.screenshot("account-2-recovery-codes.png");

      new Select(b.find("#account\\:defaultFactor")).selectByValue("TOTP");
      Journey.click(b, "account", "chooseDefault");
      assertEquals(
          "TOTP",
          new Select(b.find("#account\\:defaultFactor"))
              .getFirstSelectedOption()
              .getAttribute("value"));
      b.open("/account/");
      assertTrue(b.findAll(".k-recovery__code").isEmpty(), "not shown again");
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("signout")).click());

      password(b, email, Journey.PASSWORD);
      assertTrue(Journey.showingIn(b, "signin", "totp"), "the chosen default comes first");
      b.screenshot("signin-totp.png");
      Journey.fill(b, "signin", "totp", app.codeAt(Instant.now().plusSeconds(30)));
      Journey.click(b, "signin", "confirmTotp");
      assertEquals("/member/", b.path());
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("signout")).click());

      password(b, email, Journey.PASSWORD);
      Journey.click(b, "signin", "useRecoveryFromTotp");
      Journey.fill(b, "signin", "recovery", recovery.get(3).toUpperCase());
      Journey.click(b, "signin", "confirmRecovery");
      assertEquals("/member/", b.path());
      b.open("/account/");
      assertEquals("未使用 9 個", b.text("#factor-recovery"));

      // New codes need proof of another factor, as removing the app does.
      Journey.click(b, "account", "newRecoveryCodes");
      Journey.fill(b, "account", "proof", recovery.get(3));
      Journey.click(b, "account", "makeRecoveryCodes");
      assertEquals("確認コードが違います。", b.text("#account\\:proof-message"), "already used");
      b.screenshot("account-4-proof-for-new-codes.png");
      Journey.fill(b, "account", "proof", recovery.get(4));
      Journey.click(b, "account", "makeRecoveryCodes");
      assertEquals(10, b.findAll(".k-recovery__code").size());
      assertEquals("未使用 10 個", b.text("#factor-recovery"));
    }
  }

  @Test
  void aResetEndsEverySessionAndTheNextSignInStillAsksForTheSecondFactor() throws Exception {
    String email = "hina.ito@setouchi.example.jp";
    String phone = somePhone();
    String newPassword = "Kitakaze-Hall 2027#";
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, phone, "鈴木", "一郎");
    }
    try (Browser signedIn = new Browser();
        Browser forgetful = new Browser();
        Browser midway = new Browser()) {
      Journey.signInBySms(signedIn, email, Journey.PASSWORD, Journey.e164(phone));
      assertEquals("/member/", signedIn.path());
      // Someone who has the old password and stands at the second factor when the reset happens.
      password(midway, email, Journey.PASSWORD);
      assertTrue(Journey.showingIn(midway, "signin", "factor"));

      forgetful.open("/signin");
      Journey.afterNavigation(
          forgetful, () -> forgetful.driver().findElement(By.id("signin:forgot")).click());
      assertEquals("/password", forgetful.path());
      Journey.fill(forgetful, "reset", "email", email);
      Journey.click(forgetful, "reset", "ask");
      assertTrue(forgetful.text("#reset\\:notices li").contains("アカウントがある場合"));
      String code = Journey.mailedCode(email, 2);
      Journey.fill(forgetful, "reset", "code", code);
      Journey.fill(forgetful, "reset", "password", "password1");
      Journey.fill(forgetful, "reset", "passwordRepeat", "password1");
      Journey.click(forgetful, "reset", "finish");
      assertFalse(forgetful.text("#reset\\:password-message").isEmpty(), "a weak password refused");
      forgetful.screenshot("reset-refused.png");
      Journey.fill(forgetful, "reset", "code", code);
      Journey.fill(forgetful, "reset", "password", newPassword);
      Journey.fill(forgetful, "reset", "passwordRepeat", newPassword);
      Journey.click(forgetful, "reset", "finish");
      assertTrue(Journey.showingIn(forgetful, "reset", "done"));
      forgetful.screenshot("reset-done.png");

      signedIn.open("/member/");
      assertEquals("/signin?ended=true", signedIn.path(), "the other session ended");
      Journey.click(midway, "signin", "sendSms");
      assertTrue(
          Journey.showingIn(midway, "signin", "password"), "the old password no longer counts");
      assertTrue(midway.text("#signin\\:notices li").contains("もう一度パスワードを入力"));
      assertTrue(signedIn.text("#signin\\:ended").contains("サインアウトしました"));

      password(forgetful, email, Journey.PASSWORD);
      assertEquals("メールアドレスまたはパスワードが違います。", forgetful.text("#signin\\:notices li"));
      password(forgetful, email, newPassword);
      assertTrue(Journey.showingIn(forgetful, "signin", "factor"), "still the second factor");
    }
  }

  @Test
  void aResetForAnUnknownAddressLooksTheSame() {
    try (Browser b = new Browser()) {
      b.open("/password");
      Journey.fill(b, "reset", "email", someone());
      Journey.click(b, "reset", "ask");
      assertTrue(b.text("#reset\\:notices li").contains("アカウントがある場合"));
      assertTrue(Journey.showingIn(b, "reset", "code"));
    }
  }

  @Test
  void signingOutOfEverySessionEndsTheOtherBrowserToo() throws Exception {
    String email = someone();
    String phone = somePhone();
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, phone, "伊藤", "葵");
    }
    try (Browser phoneBrowser = new Browser();
        Browser pc = new Browser()) {
      Journey.signInBySms(phoneBrowser, email, Journey.PASSWORD, Journey.e164(phone));
      assertEquals("/account/", phoneBrowser.path(), "a prospective student's home");
      Thread.sleep(2_100);
      Journey.signInBySms(pc, email, Journey.PASSWORD, Journey.e164(phone));
      pc.open("/account/");
      pc.screenshot("account-3-page.png");
      Journey.click(pc, "account", "endAllSessions");
      assertEquals("/signin?ended=true", pc.path());
      phoneBrowser.open("/account/");
      assertTrue(phoneBrowser.path().startsWith("/signin"), phoneBrowser.path());
    }
  }

  @Test
  void theProfilePageNamesABadFieldAndSavesAGoodOne() throws Exception {
    String email = "taro.okada@hokuto.example.jp";
    String phone = somePhone();
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, phone, "佐藤", "陽翔");
    }
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, email, Journey.PASSWORD, Journey.e164(phone));
      b.open("/member/profile");
      assertEquals("タナカ", b.value("#profile\\:familyKana"), "the saved profile, widened");
      assertEquals("980-8577", b.value("#profile\\:postalCode"));
      Journey.fill(b, "profile", "familyKana", "Sato");
      Journey.fill(b, "profile", "postalCode", "１００－０００１");
      Journey.click(b, "profile", "save");
      assertEquals("セイ（カタカナ）はカタカナで入力してください。", b.text("#profile\\:familyKana-message"));
      b.screenshot("profile-refused.png");
      Journey.fill(b, "profile", "familyKana", "サトウ");
      new Select(b.find("#profile\\:prefecture")).selectByVisibleText("東京都");
      Journey.click(b, "profile", "save");
      assertTrue(b.text("#profile\\:notices li").contains("保存しました"));
      assertEquals("100-0001", b.value("#profile\\:postalCode"));
      b.screenshot("profile-saved.png");
    }
  }
}
