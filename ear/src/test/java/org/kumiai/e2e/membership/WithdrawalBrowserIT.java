package org.kumiai.e2e.membership;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Admission season to graduation in Chromium: HOKUTO's staff member imports a Shift_JIS members
 * file (a bad row named, nothing written; then the corrected file, then the same file again, which
 * changes nothing); the imported member signs up and applies to withdraw with a refund by bank
 * transfer; staff hold the refund while something is owed, then approve it and record the payout,
 * which ends the membership.
 */
class WithdrawalBrowserIT {

  private static final String STAFF = "staff@hokuto.example.jp";
  private static final String HEADER = "姓,名,セイ,メイ,生年月日,メールアドレス,電話番号,郵便番号,都道府県,市区町村,番地,所属,学部学科,出資口数";

  private static Path csv(String... rows) throws Exception {
    Path file = Files.createTempFile("members-", ".csv");
    String text = HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    Files.write(file, text.getBytes(Charset.forName("windows-31j")));
    file.toFile().deleteOnExit();
    return file;
  }

  /** A members file of 6 MB: over the 5 MB an import takes. */
  private static Path oversized() throws Exception {
    Path file = Files.createTempFile("members-", ".csv");
    String row = "\r\n" + "大,学,ダイ,ガク,2004-04-01,,,,,,,,,1";
    Files.write(file, (HEADER + row.repeat(6 * 1024 * 1024 / row.length())).getBytes(UTF_8));
    file.toFile().deleteOnExit();
    return file;
  }

  private static void upload(Browser b, Path file) {
    b.find("#import\\:file").sendKeys(file.toAbsolutePath().toString());
    Journey.click(b, "import", "check");
  }

  @Test
  void anImportedMemberWithdrawsAndStaffRecordTheRefund() throws Exception {
    String email = "import-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    String phone =
        "090-7" + (100 + (int) (Math.random() * 899)) + "-" + (1000 + (int) (Math.random() * 8999));
    String born = LocalDate.of(2002, 4, 1).plusDays((long) (Math.random() * 2_000)).toString();
    String good =
        String.join(
            ",",
            "取込",
            "花子",
            "トリコミ",
            "ハナコ",
            born,
            email,
            phone,
            "060-0808",
            "北海道",
            "札幌市北区",
            "北8条西5丁目",
            "学部生",
            "文学部",
            "10");
    String bad =
        String.join(
            ",",
            "取込",
            "次郎",
            "とりこみ",
            "ジロウ",
            "2099-01-01",
            "jiro-" + email,
            "090-7000-0000",
            "060-0808",
            "北海道",
            "札幌市北区",
            "北8条西5丁目",
            "学部生",
            "文学部",
            "");

    try (Browser staff = new Browser()) {
      Journey.signInBySms(staff, STAFF, "Hokuto-Counter-2026!", "+819050000002");
      staff.open("/staff/members/import");
      upload(staff, oversized());
      assertTrue(
          staff.text("#file-too-large").contains("ファイルが5 MBを超えています"), () -> staff.text("main"));
      staff.screenshot("import-0-too-large.png");
      upload(staff, csv(good, bad));
      assertEquals("Shift_JIS", staff.text("#charset"));
      String reasons = staff.text("tr[data-line='3'] .k-import__reasons");
      assertTrue(reasons.contains("セイ（カタカナ）はカタカナで入力してください。"), reasons);
      assertTrue(reasons.contains("生年月日が未来の日付です。"), reasons);
      assertEquals("NEW", staff.find("tr[data-line='2']").getAttribute("data-outcome"));
      assertFalse(staff.find("#import\\:commit").isEnabled(), "one bad row stops the file");
      staff.screenshot("import-1-bad-row.png");

      Journey.click(staff, "import", "startOver");
      Path corrected = csv(good);
      upload(staff, corrected);
      assertEquals("1", staff.text("#count-new"));
      Journey.click(staff, "import", "commit");
      assertTrue(staff.text("#import\\:notices li").contains("1件を登録しました"));
      String number = staff.text("#added tr[data-line='2'] .k-number");
      assertTrue(number.matches("\\d{4}-\\d{4}-\\d{4}"), number);
      assertTrue(Journey.mailSubject(email, 1).contains("組合員番号のお知らせ"));
      staff.screenshot("import-2-committed.png");

      staff.open("/staff/members/import");
      upload(staff, corrected);
      assertEquals("1", staff.text("#count-present"));
      assertTrue(staff.text("#import\\:before").contains("取り込み済み"));
      Journey.click(staff, "import", "commit");
      assertTrue(staff.text("#import\\:notices li").contains("何も変更していません"));

      try (Browser member = new Browser()) {
        Journey.signUp(member, email, phone, "取込", "花子");
      }
      try (Browser member = new Browser()) {
        Journey.signInBySms(member, email, Journey.PASSWORD, Journey.e164(phone));
        member.open("/member/withdrawal");
        assertEquals("¥20,000", member.text("#share-capital"));
        new Select(member.find("#withdrawal\\:withdrawalReason")).selectByValue("GRADUATION");
        Journey.fill(member, "withdrawal", "bankCode", "12");
        Journey.fill(member, "withdrawal", "branchCode", "１２３");
        Journey.fill(member, "withdrawal", "accountNumber", "1234567");
        Journey.fill(member, "withdrawal", "accountHolder", "torikomi");
        Journey.click(member, "withdrawal", "confirm");
        assertEquals("銀行コードの桁数が正しくありません。", member.text("#withdrawal\\:bankCode-message"));
        assertEquals("口座名義（カナ）はカタカナで入力してください。", member.text("#withdrawal\\:accountHolder-message"));
        member.screenshot("withdrawal-1-refused.png");
        Journey.fill(member, "withdrawal", "bankCode", "0005");
        Journey.fill(member, "withdrawal", "accountHolder", "ﾄﾘｺﾐ ﾊﾅｺ");
        Journey.click(member, "withdrawal", "confirm");
        assertTrue(Journey.showingIn(member, "withdrawal", "confirm"));
        member.screenshot("withdrawal-2-confirm.png");
        Journey.click(member, "withdrawal", "request");
        assertEquals("REQUESTED", member.find("#requests tbody tr").getAttribute("data-status"));
        member.screenshot("withdrawal-3-requested.png");
      }

      staff.open("/staff/withdrawals");
      Journey.afterNavigation(
          staff,
          () ->
              staff.driver().findElement(By.xpath("//td[text()='" + number + "']/..//a")).click());
      assertTrue(staff.text("#account").contains("1234567"), "the whole account for the transfer");
      assertTrue(staff.text("#account").contains("トリコミ　ハナコ"));
      Journey.fill(staff, "withdrawal", "owed", "1,200");
      Journey.click(staff, "withdrawal", "doReview");
      assertEquals("HELD", staff.find("#status").getAttribute("data-withdrawal-status"));
      Journey.fill(staff, "withdrawal", "owed", "");
      Journey.click(staff, "withdrawal", "doReview");
      assertEquals("¥20,000", staff.text("#refund"));
      assertTrue(
          staff.text("#payout-explain").contains("¥20,000（出資金 ¥20,000、電子マネー ¥0）"),
          staff.text("#payout-explain"));
      Journey.fill(staff, "withdrawal", "payoutReference", "振込 2027-04-05 受付881");
      Journey.click(staff, "withdrawal", "doPayOut");
      assertEquals("PAID_OUT", staff.find("#status").getAttribute("data-withdrawal-status"));
      staff.screenshot("withdrawal-4-paid-out.png");
      Journey.afterNavigation(
          staff, () -> staff.driver().findElement(By.id("member-link")).click());
      assertEquals("WITHDRAWN", staff.find(".k-lead .k-badge").getAttribute("data-status"));
    }
    // The former member's wallet page says why there is no e-money, not an error page.
    try (Browser member = new Browser()) {
      Journey.signInBySms(member, email, Journey.PASSWORD, Journey.e164(phone));
      member.open("/member/wallet/");
      assertTrue(member.text("#no-wallet").contains("「脱退」"), member.text("body"));
      member.screenshot("withdrawal-5-wallet-after.png");
      member.open("/member/wallet/activate");
      assertFalse(member.findAll("#activate\\:panel-none").isEmpty(), "nothing to start");
    }
  }
}
