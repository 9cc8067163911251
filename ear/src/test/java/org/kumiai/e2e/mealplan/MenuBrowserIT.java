package org.kumiai.e2e.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Browser;
import org.kumiai.e2e.identity.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff import a cafeteria's menu sheet at /staff/menu in Chromium: a Shift_JIS sheet read as UTF-8
 * is refused with the encoding named; a sheet with a bad row names each bad cell of that row and
 * offers no import; the corrected sheet is previewed, imported whole and listed with its nutrition;
 * in English the bad cells are named in English.
 */
class MenuBrowserIT {

  private static final String HEADER =
      "code,name_ja,price,category,energy_kcal,protein_g,fat_g,carbohydrate_g,salt_g,name_en";

  private static Path sheet(Charset charset, String header, String... rows) throws Exception {
    Path file = Files.createTempFile("menu-", ".csv");
    Files.write(file, (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset));
    file.toFile().deleteOnExit();
    return file;
  }

  private static void check(Browser b, Path file, String encoding) {
    b.find("#sheet\\:file").sendKeys(file.toAbsolutePath().toString());
    new Select(b.driver().findElement(By.id("sheet:encoding"))).selectByValue(encoding);
    Journey.click(b, "sheet", "check");
  }

  @Test
  void staffImportAMenuSheetAndEveryBadCellIsNamed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String curry = "CURRY-" + suffix;
    String soup = "SOUP-" + suffix;
    String curryRow = curry + ",カツカレー,480,主菜,930,28.4,35.1,121.0,3.6,Katsu curry";
    try (Browser b = new Browser()) {
      Journey.signInBySms(b, "staff@hokuto.example.jp", "Hokuto-Counter-2026!", "+819050000002");
      Journey.afterNavigation(b, () -> b.find("#to-menu").click());
      assertEquals("HOKUTO-CAFE", b.value("#choose\\:cafeteria"));

      check(
          b,
          sheet(
              Charset.forName("windows-31j"),
              "コード,品名,価格,区分,エネルギー,たんぱく質,脂質,炭水化物,食塩相当量",
              curry + ",カツカレー,480,主菜,930,28.4,35.1,121.0,3.6"),
          "UTF_8");
      assertEquals(
          "ファイルを UTF-8 として読めません。Shift_JIS で保存したファイルなら、文字コードで Shift_JIS を選んでください。",
          b.text("#sheet\\:file-message"));
      assertTrue(b.findAll("#sheet\\:preview").isEmpty(), "no preview of an unreadable sheet");
      b.screenshot("menu-1-encoding.png");

      // 6 MB: past what any upload may carry, so the form is shown again with the reason.
      String[] rows = new String[6 * 1024 * 1024 / curryRow.length()];
      Arrays.fill(rows, curryRow);
      check(b, sheet(StandardCharsets.UTF_8, HEADER, rows), "UTF_8");
      assertEquals("ファイルが1 MBを超えています。1 MBまでのファイルに分けてください。", b.text("#file-too-large"));

      Path badSheet =
          sheet(
              StandardCharsets.UTF_8, HEADER, curryRow, soup + ",味噌汁,60,スープ,40,-2.4,1.2,4.0,1.5,");
      check(b, badSheet, "UTF_8");
      assertEquals("1", b.text("#count-new"));
      assertEquals("1", b.text("#count-bad"));
      String bad = b.text("#bad-rows tr[data-line='3']");
      assertTrue(bad.contains("3行目") && bad.contains(soup), bad);
      assertTrue(bad.contains("区分は主菜・副菜・汁物・デザート・飲み物のどれかにしてください。"), bad);
      assertTrue(bad.contains("たんぱく質(g)は0以上で入力してください。"), bad);
      assertTrue(b.findAll("#sheet\\:import").isEmpty(), "no import while a row is bad");
      assertTrue(b.findAll("#menu-list tr[data-item='" + curry + "']").isEmpty(), "nothing added");
      b.screenshot("menu-2-bad-row.png");

      check(
          b,
          sheet(
              StandardCharsets.UTF_8,
              HEADER,
              curryRow,
              soup + ",味噌汁,60,汁物,40,2.4,1.2,4.0,1.5,Miso soup"),
          "UTF_8");
      assertEquals("2", b.text("#count-new"));
      assertEquals("0", b.text("#count-changed"));
      assertTrue(b.findAll("#bad-rows").isEmpty(), "no bad rows");
      b.screenshot("menu-3-preview.png");
      Journey.click(b, "sheet", "import");
      assertEquals("2品を取り込みました（新規 2、変更 0、変更なし 0）。", Journey.notice(b).orElse(""));
      String curryListed = b.text("#menu-list tr[data-item='" + curry + "']");
      assertTrue(
          curryListed.contains("カツカレー")
              && curryListed.contains("Katsu curry")
              && curryListed.contains("主菜")
              && curryListed.contains("¥480")
              && curryListed.contains("930"),
          curryListed);
      String soupListed = b.text("#menu-list tr[data-item='" + soup + "']");
      assertTrue(soupListed.contains("汁物") && soupListed.contains("40"), soupListed);
      assertTrue(b.findAll("#sheet\\:preview").isEmpty(), "the preview is gone once imported");
      b.screenshot("menu-4-imported.png");

      Journey.afterNavigation(b, () -> b.find("#lang-en").click());
      check(b, badSheet, "UTF_8");
      String english = b.text("#bad-rows tr[data-line='3']");
      assertTrue(
          english.contains("Line 3") && english.contains("Protein (g) cannot be negative."),
          english);
      b.screenshot("menu-5-english.png");
    }
  }
}
