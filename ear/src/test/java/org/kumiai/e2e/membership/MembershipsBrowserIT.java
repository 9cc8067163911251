package org.kumiai.e2e.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Several co-ops, one sign-in: the header's co-op selector, adding a membership by proof, and staff
 * taking a membership off a sign-in that should not hold it.
 */
class MembershipsBrowserIT {

  private static final String HANAKO = "hanako.sato@example.jp";
  private static final String PHONE = "090-1111-7002";

  private static List<String> switchable(Browser b) {
    return b.findAll("#coop-switch button").stream().map(WebElement::getText).toList();
  }

  @Test
  void aPersonWithTwoCoopsSwitchesAndAddsAThirdByItsNumberAndACode() throws Exception {
    try (Browser b = new Browser()) {
      Journey.signUp(b, HANAKO, PHONE, "佐藤", "花子");
    }
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, HANAKO, Journey.PASSWORD, Journey.e164(PHONE));
      assertEquals("/member/", b.path());
      assertEquals(List.of("HOKUTO", "WAKABA"), switchable(b), "both memberships with her address");
      assertEquals("2026-0000-0020", b.text("#active-number"));
      Journey.afterNavigation(b, () -> b.driver().findElement(By.id("switch-WAKABA")).click());
      assertEquals("2026-0000-0057", b.text("#active-number"), "the WAKABA membership shown");
      assertEquals("若葉大学生活協同組合", b.text("#active-coop"));
      b.screenshot("memberships-1-switched.png");

      b.open("/member/memberships");
      // A generated demo member no other test signs up: a membership another sign-in holds is
      // refused (HELD_ELSEWHERE), and FactorsBrowserIT signs up 伊藤 陽菜's.
      Journey.fill(b, "memberships", "membershipNumber", "2026-0000-5996");
      Journey.fill(b, "memberships", "dateOfBirth", "2005/10/28");
      Journey.click(b, "memberships", "find");
      assertTrue(b.text("#memberships\\:notices li").contains("一致する登録が見つかりません"));
      Journey.fill(b, "memberships", "dateOfBirth", "2005/10/27");
      Journey.click(b, "memberships", "find");
      assertEquals("山*愛", b.text("#masked-name"));
      String owner = "m0001.setouchi@example.jp";
      int earlier = Journey.mailCount(owner);
      Journey.click(b, "memberships", "sendCode");
      Journey.fill(b, "memberships", "code", Journey.mailedCode(owner, earlier + 1));
      Journey.click(b, "memberships", "confirm");
      assertTrue(b.text("#memberships\\:notices li").contains("追加しました"));
      assertEquals(3, b.findAll("#mine tbody tr").size());
      b.screenshot("memberships-2-added.png");
      b.open("/member/");
      assertEquals(List.of("HOKUTO", "SETOUCHI", "WAKABA"), switchable(b));

      // It was not hers: at the SETOUCHI counter, after checking who the member is, staff take it
      // off her sign-in, which is signed out at once.
      try (Browser staff = new Browser()) {
        Journey.signInBySms(
            staff, "staff@setouchi.example.jp", "Setouchi-Counter-2026!", "+819050000004");
        staff.open("/staff/members?q=202600005996");
        Journey.afterNavigation(staff, () -> staff.find(".k-members__link").click());
        staff.driver().findElement(By.xpath("//a[contains(text(),'ポータルアカウント')]")).click();
        new WebDriverWait(staff.driver(), Duration.ofSeconds(10), Browser.POLL)
            .until(d -> d.findElement(By.id("tabs:signInRemoval:remove")).isDisplayed());
        assertTrue(staff.text("#account-facts").contains(HANAKO), staff.text("#account-facts"));
        staff.screenshot("staff-member-sign-in.png");
        Journey.fill(staff, "tabs:signInRemoval", "reason", "学生証で本人確認");
        Journey.afterNavigation(
            staff,
            () -> {
              staff.find("#tabs\\:signInRemoval\\:remove").click();
              staff.driver().switchTo().alert().accept();
            });
        assertTrue(
            Journey.notice(staff).orElse("").contains("外しました"), Journey.notice(staff).toString());
        assertEquals(1, staff.findAll("#tabs\\:account-none").size(), "no sign-in holds it now");
        staff.screenshot("staff-member-sign-in-removed.png");
      }
      b.open("/member/");
      assertTrue(b.path().startsWith("/signin"), b.path());
      Journey.signInBySms(b, HANAKO, Journey.PASSWORD, Journey.e164(PHONE));
      assertEquals(List.of("HOKUTO", "WAKABA"), switchable(b));
    }
  }
}
