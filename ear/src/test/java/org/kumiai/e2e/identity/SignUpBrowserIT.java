package org.kumiai.e2e.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;

/**
 * The sign-up wizard in Chromium against the deployed EAR, reading every code from the demo outbox
 * page (/dev/messages) as a member would read their mail and texts.
 */
class SignUpBrowserIT {

  @Test
  void aDemoMemberSignsUpReadingCodesFromMailAndSms() throws Exception {
    String email = "misaki.takahashi@wakaba.example.jp";
    try (Browser b = new Browser()) {
      b.open("/signup");
      assertEquals("メールアドレス確認", Journey.currentStep(b));
      b.screenshot("signup-1-email.png");

      Journey.type(b, "email", "<script>alert(1)</script>");
      Journey.press(b, "sendEmailCode");
      assertEquals("メールアドレスの形式が正しくありません。", Journey.messageFor(b, "email"));

      Journey.type(b, "email", email);
      Journey.press(b, "sendEmailCode");
      assertTrue(Journey.showing(b, "email-code"));
      assertTrue(Journey.notice(b).orElseThrow().contains("確認コードを送信しました"));
      b.screenshot("signup-2-email-code.png");

      String code = Journey.mailedCode(email, 1);
      Journey.type(b, "emailCode", code.equals("000000") ? "111111" : "000000");
      Journey.press(b, "confirmEmailCode");
      assertEquals("確認コードが違います。", Journey.messageFor(b, "emailCode"));
      Journey.type(b, "emailCode", code);
      String before = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
      Journey.press(b, "confirmEmailCode");
      assertNotEquals(
          before,
          b.driver().manage().getCookieNamed("JSESSIONID").getValue(),
          "a proven address gets a new session id (no session fixation)");

      assertTrue(Journey.showing(b, "password"), "on to the password");
      assertEquals("パスワードと氏名", Journey.currentStep(b));
      assertTrue(b.text("#signup\\:linked").contains("組合員情報と連携しました"));
      Journey.type(b, "password", "password");
      assertEquals(
          List.of("pwrule.kinds", "pwrule.common"),
          Journey.unmetRules(b, 2),
          "the checklist marks the broken rules while typing");
      b.screenshot("signup-3-password-checklist.png");
      Journey.type(b, "passwordRepeat", "password");
      Journey.type(b, "familyName", "高橋");
      Journey.type(b, "givenName", "美咲");
      Journey.press(b, "choosePassword");
      String problems = Journey.messageFor(b, "password");
      assertTrue(problems.contains("推測されやすい"), "every broken rule is listed: " + problems);
      assertTrue(problems.contains("3種類"), "every broken rule is listed: " + problems);
      b.screenshot("signup-3-password-refused.png");

      Journey.type(b, "password", Journey.PASSWORD);
      Journey.type(b, "passwordRepeat", Journey.PASSWORD);
      Journey.type(b, "familyName", "高橋");
      Journey.type(b, "givenName", "美咲");
      Journey.press(b, "choosePassword");
      b.screenshot("signup-3b-password-accepted.png");
      assertTrue(Journey.showing(b, "phone"), "on to the phone");
      assertEquals("電話番号の確認", Journey.currentStep(b));

      Journey.type(b, "phone", "０８０－２２２２－０００１");
      Journey.press(b, "sendSms");
      assertTrue(Journey.showing(b, "phone-code"));
      b.screenshot("signup-4-phone-code.png");
      Journey.type(b, "phoneCode", Journey.latestCode("+818022220001"));
      Journey.press(b, "confirmPhoneCode");

      assertTrue(Journey.showing(b, "profile"), "on to the profile");
      assertEquals("プロフィール", Journey.currentStep(b));
      assertEquals(
          "08022220001", b.value("#signup\\:contactPhone"), "the proven phone is suggested");
      Journey.type(b, "familyKana", "たかはし");
      Journey.type(b, "givenKana", "<script>alert(1)</script>");
      Journey.type(b, "postalCode", "980-85");
      Journey.type(b, "city", "x".repeat(300));
      Journey.type(b, "addressLine1", "'; DROP TABLE account; --");
      Journey.press(b, "saveProfile");
      assertEquals("セイ（カタカナ）はカタカナで入力してください。", Journey.messageFor(b, "familyKana"));
      assertEquals("メイ（カタカナ）はカタカナで入力してください。", Journey.messageFor(b, "givenKana"));
      assertEquals("郵便番号の形式が正しくありません。", Journey.messageFor(b, "postalCode"));
      assertEquals("都道府県を選んでください。", Journey.messageFor(b, "prefecture"));
      assertEquals("市区町村が長すぎます。", Journey.messageFor(b, "city"));
      assertTrue(Journey.messageFor(b, "addressLine1").isEmpty(), "quotes are just text");
      assertEquals("プロフィール", Journey.currentStep(b), "nothing saved");
      b.screenshot("signup-5-profile-refused.png");

      Journey.fillProfile(b);
      Journey.press(b, "saveProfile");
      assertTrue(Journey.showing(b, "done"), "signed up");
      assertEquals("完了", Journey.currentStep(b));
      b.screenshot("signup-6-done.png");
    }
  }

  @Test
  void aSignUpInterruptedAtEachStepResumesWhereItStopped() throws Exception {
    String email = "resume-" + UUID.randomUUID() + "@example.jp";
    try (Browser first = new Browser()) {
      first.open("/signup");
      Journey.type(first, "email", email);
      Journey.press(first, "sendEmailCode");
      Journey.type(first, "emailCode", Journey.mailedCode(email, 1));
      Journey.press(first, "confirmEmailCode");
      assertTrue(Journey.showing(first, "password"));
      assertTrue(first.text("#signup\\:prospective").contains("組合員情報と連携されていません"));
    }

    // Back another day, in a new browser, by the link in the code mail.
    try (Browser second = new Browser()) {
      second.open("/signup?email=" + email.replace("@", "%40"));
      assertTrue(Journey.showing(second, "email-code"), "the code panel for the mailed address");
      Journey.type(second, "emailCode", Journey.mailedCode(email, 1));
      Journey.press(second, "confirmEmailCode");
      assertEquals("このコードはすでに使われています。新しいコードを受け取ってください。", Journey.messageFor(second, "emailCode"));
      Thread.sleep(2_100);
      Journey.press(second, "resendEmailCode");
      Journey.type(second, "emailCode", Journey.mailedCode(email, 2));
      Journey.press(second, "confirmEmailCode");
      assertTrue(Journey.showing(second, "password"), "resumed at the password, not the start");
      Journey.type(second, "password", Journey.PASSWORD);
      Journey.type(second, "passwordRepeat", Journey.PASSWORD);
      Journey.type(second, "familyName", "山田");
      Journey.type(second, "givenName", "花子");
      Journey.press(second, "choosePassword");
      assertTrue(Journey.showing(second, "phone"));
    }

    try (Browser third = new Browser()) {
      third.open("/signup?email=" + email.replace("@", "%40"));
      Thread.sleep(2_100);
      Journey.press(third, "resendEmailCode");
      Journey.type(third, "emailCode", Journey.mailedCode(email, 3));
      Journey.press(third, "confirmEmailCode");
      assertTrue(Journey.showing(third, "phone"), "resumed at the phone");
      assertEquals("電話番号の確認", Journey.currentStep(third));
      assertFalse(Journey.showing(third, "password"));
      third.screenshot("signup-resumed-at-phone.png");
      Journey.type(third, "phone", "090-4444-0001");
      Journey.press(third, "sendSms");
      Journey.type(third, "phoneCode", Journey.latestCode("+819044440001"));
      Journey.press(third, "confirmPhoneCode");
      assertTrue(Journey.showing(third, "profile"));
    }

    // Left at the profile: signing in (both factors) continues the sign-up there.
    try (Browser fourth = new Browser()) {
      fourth.open("/signin");
      Journey.fill(fourth, "signin", "email", email);
      Journey.fill(fourth, "signin", "password", Journey.PASSWORD);
      Journey.click(fourth, "signin", "checkPassword");
      Thread.sleep(2_100);
      Journey.click(fourth, "signin", "sendSms");
      Journey.fill(fourth, "signin", "code", Journey.latestCode("+819044440001"));
      Journey.click(fourth, "signin", "confirmCode");
      assertEquals("/signup", fourth.path());
      assertTrue(Journey.showing(fourth, "profile"), "resumed at the profile");
      Journey.fillProfile(fourth);
      Journey.press(fourth, "saveProfile");
      assertTrue(Journey.showing(fourth, "done"), "completed");
    }
  }
}
