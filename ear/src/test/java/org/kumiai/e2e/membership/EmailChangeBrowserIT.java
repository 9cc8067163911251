package org.kumiai.e2e.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The email change of seed 002 §2 in Chromium, reading both passcodes from the SMTP server. */
class EmailChangeBrowserIT {

  private static final String FORM = "change";

  private static boolean showing(Browser b, String panel) {
    return Journey.showingIn(b, FORM, panel);
  }

  private static String currentStep(Browser b) {
    List<WebElement> current = b.findAll(".k-steps__step--current .k-steps__label");
    return current.isEmpty() ? "" : current.get(0).getText();
  }

  @Test
  void aMemberChangesTheAddressWithAPasscodeToEachAndSignsUpWithTheNewOne() throws Exception {
    String old = "ken.watanabe@setouchi.example.jp";
    String next = "ken.watanabe.med@example.jp";
    try (Browser b = new Browser()) {
      b.open("/signin");
      Journey.afterNavigation(
          b, () -> b.driver().findElement(By.id("signin:change-email")).click());
      assertEquals("/email-change", b.path());
      assertEquals("個人情報入力", currentStep(b));
      b.screenshot("emailchange-1-personal.png");

      Journey.fill(b, FORM, "membershipNumber", "2026-0000-0086");
      Journey.fill(b, FORM, "dateOfBirth", "2003/05/05");
      Journey.click(b, FORM, "find");
      assertEquals(
          "組合員番号に誤りがあります。もう一度ご確認ください。",
          b.text("#change\\:membershipNumber-message"),
          "a mistyped number is caught by its check digit");

      Journey.fill(b, FORM, "membershipNumber", "２０２６ ００００ ００８５");
      Journey.fill(b, FORM, "dateOfBirth", "2003/05/06");
      Journey.click(b, FORM, "find");
      String notFound = b.text("#change\\:notices li");
      assertTrue(notFound.contains("一致する登録が見つかりません"), notFound);

      Journey.fill(b, FORM, "dateOfBirth", "２００３年５月５日");
      Journey.click(b, FORM, "find");
      assertTrue(showing(b, "confirm"));
      assertEquals("登録内容確認", currentStep(b));
      assertEquals("渡*健", b.text("#masked-name"));
      assertEquals("ken*********@setouchi.example.jp", b.text("#masked-email"));
      b.screenshot("emailchange-2-confirm.png");

      Journey.click(b, FORM, "confirmRecord");
      assertTrue(showing(b, "current-code"));
      Journey.fill(b, FORM, "code", Journey.mailedCode(old, 1));
      Journey.click(b, FORM, "confirmCurrent");
      assertTrue(showing(b, "new-email"));
      assertEquals("メールアドレス変更", currentStep(b));

      Journey.fill(b, FORM, "newEmail", next);
      Journey.fill(b, FORM, "newEmailRepeat", "ken.watanabe.med@example.com");
      Journey.click(b, FORM, "sendNew");
      assertEquals("新しいメールアドレス（確認のためもう一度）が一致しません。", b.text("#change\\:newEmailRepeat-message"));
      Journey.fill(b, FORM, "newEmail", next);
      Journey.fill(b, FORM, "newEmailRepeat", next);
      Journey.click(b, FORM, "sendNew");
      assertTrue(showing(b, "new-code"));
      b.screenshot("emailchange-3-new-code.png");
      Journey.fill(b, FORM, "newCode", Journey.mailedCode(next, 1));
      Journey.click(b, FORM, "confirmNew");
      assertTrue(showing(b, "done"));
      assertEquals("登録完了", currentStep(b));
      b.screenshot("emailchange-4-done.png");
      assertTrue(Journey.mailSubject(old, 2).contains("変更しました"), "the old address is told");
      assertTrue(Journey.mailSubject(next, 2).contains("変更しました"), "so is the new one");
    }
    try (Browser b = new Browser()) {
      b.open("/signup");
      Journey.type(b, "email", next);
      Journey.press(b, "sendEmailCode");
      Journey.type(b, "emailCode", Journey.mailedCode(next, 3));
      Journey.press(b, "confirmEmailCode");
      assertTrue(
          b.text("#signup\\:linked").contains("組合員情報と連携しました"),
          "the new address is the membership's now");
    }
  }
}
