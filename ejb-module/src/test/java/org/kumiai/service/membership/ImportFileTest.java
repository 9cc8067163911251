package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportFileTest {

  private static final String HEADER = "姓,名,セイ,メイ,生年月日,メールアドレス,電話番号,郵便番号,都道府県,市区町村,番地,所属,学部学科";
  private static final String ROW =
      "髙橋,花子,タカハシ,ハナコ,2007/04/02,hanako@example.jp,090-1234-5678,060-0808,北海道,札幌市北区,北8条西5丁目,学部生,工学部";

  private static ImportFile read(String text, Charset charset) {
    return ImportFile.read(text.getBytes(charset));
  }

  private static String reason(byte[] content) {
    return assertThrows(ImportFileException.class, () -> ImportFile.read(content)).reason();
  }

  @Test
  void excelsShiftJisIsRecognisedAndDecoded() {
    ImportFile file = read(HEADER + "\r\n" + ROW + "\r\n", Charset.forName("windows-31j"));
    assertEquals("Shift_JIS", file.charset());
    assertEquals("髙橋", file.rows().get(0).get("familyName"), "an IBM extension kanji survives");
    assertEquals(2, file.rows().get(0).line(), "the header is line 1");
  }

  @Test
  void utf8WithAndWithoutTheByteOrderMarkIsUtf8() {
    assertEquals("UTF-8", read(HEADER + "\n" + ROW, StandardCharsets.UTF_8).charset());
    ImportFile bom = read("\uFEFF" + HEADER + "\n" + ROW, StandardCharsets.UTF_8);
    assertEquals("UTF-8", bom.charset());
    assertEquals("髙橋", bom.rows().get(0).get("familyName"), "the mark is not part of 姓");
  }

  @Test
  void bytesThatAreNeitherEncodingAreRefused() {
    assertEquals("ENCODING", reason(new byte[] {'a', ',', (byte) 0x80, (byte) 0xFF, '\n'}));
  }

  @Test
  void headingsMatchInEitherLanguageInAnyWidthAndOrder() {
    String header =
        "ＥＭＡＩＬ,氏名（姓）,氏名（名）,フリガナ（姓）,フリガナ（名）,date_of_birth,phone,"
            + "postal_code,prefecture,city,address_line1,affiliation,department,出資口数";
    ImportFile file =
        read(
            header
                + "\na@example.jp,生協,花子,セイキョウ,ハナコ,2007-04-02,09012345678,0600808,"
                + "北海道,札幌市,北8条,学部生,工学部,3",
            StandardCharsets.UTF_8);
    assertEquals("a@example.jp", file.rows().get(0).get("email"));
    assertEquals("セイキョウ", file.rows().get(0).get("familyKana"));
    assertEquals("3", file.rows().get(0).get("shareUnits"));
    assertNull(file.rows().get(0).get("studentNumber"), "an optional column may be absent");
  }

  @Test
  void missingRequiredColumnsAreNamed() {
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () -> read("姓,名,セイ,メイ,生年月日\n生協,花子,セイキョウ,ハナコ,2007/04/02", StandardCharsets.UTF_8));
    assertEquals("MISSING_COLUMNS", e.reason());
    assertEquals(
        "email,phone,postalCode,prefecture,city,addressLine1,affiliation,department", e.detail());
  }

  @Test
  void aShortRowLeavesItsMissingCellsEmptyForTheRowCheck() {
    ImportFile file = read(HEADER + "\n生協,花子", StandardCharsets.UTF_8);
    assertEquals("花子", file.rows().get(0).get("givenName"));
    assertNull(file.rows().get(0).get("department"));
  }

  @Test
  void filesThatAreNotMembersListsAreRefusedWithTheReason() {
    assertEquals("EMPTY", reason(new byte[0]));
    assertEquals("NO_ROWS", reason((HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals("MALFORMED", reason((HEADER + "\n\"生協,花子\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "DUPLICATE_COLUMN", reason((HEADER + ",メールアドレス\n" + ROW).getBytes(StandardCharsets.UTF_8)));
    StringBuilder many = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
      many.append(ROW).append('\n');
    }
    assertEquals("TOO_MANY_ROWS", reason(many.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theUniversitysWordsForAffiliationAreUnderstood() {
    assertEquals("STUDENT", MemberImports.affiliation("学部生"));
    assertEquals("GRADUATE_STUDENT", MemberImports.affiliation("院生"));
    assertEquals("STAFF", MemberImports.affiliation("教職員"));
    assertEquals("FACULTY", MemberImports.affiliation("faculty"));
    assertEquals("SOMETHING", MemberImports.affiliation("something"), "left for the row check");
  }
}
