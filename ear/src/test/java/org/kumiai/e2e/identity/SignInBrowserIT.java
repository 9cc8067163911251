package org.kumiai.e2e.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Sign-in in Chromium: both factors, the role areas, lock-out, sign-out, resuming a sign-up. */
class SignInBrowserIT {

  private static String sessionId(Browser b) {
    Cookie c = b.driver().manage().getCookieNamed("JSESSIONID");
    return c == null ? null : c.getValue();
  }

  private static void signInWithPassword(Browser b, String email, String password) {
    Journey.fill(b, "signin", "email", email);
    Journey.fill(b, "signin", "password", password);
    Journey.click(b, "signin", "checkPassword");
  }

  @Test
  void aMemberSignsInBySmsReachesTheMemberPagesAndNotTheStaffOnes() throws Exception {
    String email = "shohei.tanaka@wakaba.example.jp";
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, "080-2222-0003", "田中", "翔平");
    }
    try (Browser b = new Browser()) {
      b.open("/member");
      assertTrue(b.path().startsWith("/signin?back=%2Fmember"), b.path());
      b.screenshot("signin-1-password.png");
      String before = sessionId(b);

      signInWithPassword(b, email, Journey.PASSWORD);
      assertTrue(b.text("#signin\\:panel-factor").contains("+81 ******0003"));
      Journey.click(b, "signin", "sendSms");
      b.screenshot("signin-2-code.png");
      Journey.fill(b, "signin", "code", Journey.latestCode("+818022220003"));
      Journey.click(b, "signin", "confirmCode");
      b.screenshot("signin-3-after-code.png");

      assertEquals("/member/", b.path());
      assertEquals("田中 翔平 さん、ようこそ", b.text("#welcome"));
      assertEquals("1", b.text("#memberships"));
      assertEquals(
          4, b.findAll("#onboarding li[data-state=done]").size(), "every sign-up step shown done");
      assertNotEquals(before, sessionId(b), "a new session id at sign-in");
      b.screenshot("signin-3-member-home.png");

      b.open("/staff/members");
      assertFalse(b.findAll("#error-404").isEmpty(), "a member sees staff pages as missing");
      b.open("/admin/audit");
      assertFalse(b.findAll("#error-404").isEmpty());

      b.open("/member");
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("signout")).click());
      assertEquals("/", b.path());
      b.open("/member");
      assertTrue(b.path().startsWith("/signin"), "signed out: " + b.path());
    }
  }

  @Test
  void repeatedWrongPasswordsLockWithTheRetryTimeShown() throws Exception {
    String email = "locked-" + UUID.randomUUID() + "@example.jp";
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, "090-3333-" + (1000 + (int) (Math.random() * 8999)), "山田", "花子");
    }
    try (Browser b = new Browser()) {
      b.open("/signin");
      for (int i = 1; i <= 4; i++) {
        signInWithPassword(b, email, "Wrong-Password " + i);
        assertEquals("メールアドレスまたはパスワードが違います。", b.text("#signin\\:notices li"));
      }
      signInWithPassword(b, email, "Wrong-Password 5");
      String locked = b.text("#signin\\:notices li");
      assertTrue(locked.contains("一時的にロック") && locked.matches(".*\\d{1,2}:\\d{2}.*"), locked);

      signInWithPassword(b, email, Journey.PASSWORD);
      assertTrue(
          b.text("#signin\\:notices li").contains("一時的にロック"), "even the right password waits");
      b.screenshot("signin-locked.png");
    }
  }

  @Test
  void signingInToASignUpLeftBeforeItsPhoneContinuesTheSignUp() throws Exception {
    String email = "no-phone-" + UUID.randomUUID() + "@example.jp";
    try (Browser b = new Browser()) {
      Journey.signUp(b, email, null, "山田", "太郎");
      assertTrue(Journey.showing(b, "phone"));
    }
    try (Browser b = new Browser()) {
      b.open("/signin");
      signInWithPassword(b, email, Journey.PASSWORD);

      assertEquals("/signup", b.path());
      assertTrue(Journey.showing(b, "phone"), "resumed at the phone step");
    }
  }
}
