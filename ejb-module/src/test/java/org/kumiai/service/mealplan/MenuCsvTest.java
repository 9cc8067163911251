package org.kumiai.service.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.mealplan.MenuItemTerms;
import org.kumiai.service.mealplan.MenuCsv.Encoding;

class MenuCsvTest {

  private static final String HEADER =
      "code,name_ja,name_en,price,category,energy_kcal,protein_g,fat_g,carbohydrate_g,salt_g,red,green,yellow\n";
  private static final Charset SJIS = Charset.forName("windows-31j");

  private static List<MenuCsv.Row> utf8(String text) {
    return MenuCsv.read(text.getBytes(StandardCharsets.UTF_8), Encoding.UTF_8);
  }

  private static MenuCsv.Unreadable unreadable(byte[] bytes, Encoding encoding) {
    return assertThrows(MenuCsv.Unreadable.class, () -> MenuCsv.read(bytes, encoding));
  }

  @Test
  void aGoodSheetInUtf8WithABomGivesEveryItsTerms() {
    List<MenuCsv.Row> rows =
        utf8(
            "\uFEFF"
                + HEADER
                + "C001,カレーライス,Curry rice,400,MAIN,760,18.2,21.5,118.0,3.1,1.0,0.8,5.0\n"
                + "\n"
                + "S010,味噌汁,,\"1,00\",汁物,40,2.4,1.2,4.0,1.5,,,\n");
    assertEquals(2, rows.size());
    MenuItemTerms curry = rows.get(0).terms();
    assertEquals("カレーライス", curry.nameJa());
    assertEquals(400, curry.price());
    assertEquals(MenuCategory.MAIN, curry.category());
    assertEquals(760, curry.nutrition().energyKcal());
    assertEquals(new BigDecimal("3.1"), curry.nutrition().salt());
    assertEquals(new BigDecimal("5.0"), curry.points().yellow());
    assertEquals(MenuCategory.SOUP, rows.get(1).terms().category());
    assertEquals(100, rows.get(1).terms().price());
    assertNull(rows.get(1).terms().points());
    assertEquals(4, rows.get(1).line());
  }

  @Test
  void aShiftJisSheetWithJapaneseColumnsAndFullWidthDigitsReads() {
    String sheet =
        "コード,品名,価格,区分,エネルギー,たんぱく質,脂質,炭水化物,食塩相当量\r\n"
            + "Ｔ２０,唐揚げ定食,５２０,主菜,８５０,３２．５,３８．０,９２．０,３．６\r\n";
    List<MenuCsv.Row> rows = MenuCsv.read(sheet.getBytes(SJIS), Encoding.SHIFT_JIS);
    assertEquals(List.of(), rows.get(0).problems().keySet().stream().toList());
    assertEquals("T20", rows.get(0).code());
    assertEquals(520, rows.get(0).terms().price());
    assertEquals(new BigDecimal("32.5"), rows.get(0).terms().nutrition().protein());
  }

  @Test
  void theWrongEncodingIsNamedEitherWay() {
    String sheet = HEADER + "C001,カレーライス,,400,MAIN,760,18.2,21.5,118.0,3.1,,,\n";
    assertEquals("NOT_UTF_8", unreadable(sheet.getBytes(SJIS), Encoding.UTF_8).reason());
    assertEquals(
        "LOOKS_UTF_8",
        unreadable(sheet.getBytes(StandardCharsets.UTF_8), Encoding.SHIFT_JIS).reason());
  }

  @Test
  void missingColumnsAreNamed() {
    MenuCsv.Unreadable e =
        unreadable(
            "code,name_ja,price,category,energy_kcal,protein_g\nC1,カレー,400,MAIN,700,10\n"
                .getBytes(StandardCharsets.UTF_8),
            Encoding.UTF_8);
    assertEquals("MISSING_COLUMNS", e.reason());
    assertEquals("fat_g, carbohydrate_g, salt_g", e.detail());
    assertEquals("EMPTY", unreadable(new byte[0], Encoding.UTF_8).reason());
    assertEquals(
        "NO_ROWS", unreadable(HEADER.getBytes(StandardCharsets.UTF_8), Encoding.UTF_8).reason());
  }

  @Test
  void everyBadCellOfEveryRowIsNamedByItsColumn() {
    List<MenuCsv.Row> rows =
        utf8(
            HEADER
                + "C001,カレーライス,,400,MAIN,760,18.2,21.5,118.0,3.1,,,\n"
                + "C002,,,-5,LUNCH,99999,-1,abc,10,2,,,\n"
                + "C001,重複,,300,SIDE,100,1,1,1,0.5,1,,\n"
                + "カレー,カツカレー,,12.5,MAIN,900,25,30,120,40,,,\n");
    assertEquals(Map.of(), rows.get(0).problems());
    assertEquals(
        Map.of(
            "name_ja", "EMPTY",
            "price", "NOT_POSITIVE",
            "category", "UNKNOWN_CATEGORY",
            "energy_kcal", "TOO_LARGE",
            "protein_g", "NEGATIVE",
            "fat_g", "NOT_A_NUMBER"),
        rows.get(1).problems());
    assertEquals(
        Map.of("code", "DUPLICATE", "green", "EMPTY", "yellow", "EMPTY"), rows.get(2).problems());
    assertEquals(
        Map.of("code", "MALFORMED", "price", "NOT_WHOLE", "salt_g", "TOO_LARGE"),
        rows.get(3).problems());
    assertTrue(rows.get(3).bad());
    assertNull(rows.get(3).terms());
    assertEquals(List.of(2, 3, 4, 5), rows.stream().map(MenuCsv.Row::line).toList());
  }

  @Test
  void exponentsAndEndlessDigitsAreNamedNotComputed() {
    List<MenuCsv.Row> rows =
        utf8(
            HEADER
                + "C001,カレー,,-1e20,MAIN,3000000000,1e-999999999,1e-100000000,10,1,,,\n"
                + "C002,カレー,,-99999999999999999999,MAIN,700,10.123456789012345678901234567890123456789,1,1,1,,,\n");
    // Before: a 500 for the first two values, minutes of rounding for the third.
    assertEquals(
        Map.of(
            "price", "NOT_A_NUMBER",
            "energy_kcal", "TOO_LARGE",
            "protein_g", "NOT_A_NUMBER",
            "fat_g", "NOT_A_NUMBER"),
        rows.get(0).problems());
    assertEquals(Map.of("price", "TOO_LARGE"), rows.get(1).problems());
  }
}
