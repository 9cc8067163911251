package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.Federation;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.LocalizedText;

class MemberTest {

  // 2026-11-23 10:00 in Tokyo.
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
  private static final Coop COOP =
      new Coop(
          "HOKUTO",
          new Federation("DEMO", new LocalizedText("連合", "Federation")),
          new LocalizedText("北斗大学生活協同組合", "Hokuto"),
          null,
          null);

  private static PersonName okada() {
    return new PersonName("岡田", "太郎", "オカダ", "タロウ");
  }

  private static Member applicant(LocalDate born) {
    return new Member(
        COOP,
        okada(),
        born,
        EmailAddress.parse("taro.okada@example.jp"),
        null,
        null,
        new Affiliation(AffiliationKind.STUDENT, "工学部", "B2612345", 2026),
        NOW);
  }

  private static void assertInvalid(String field, String reason, Executable action) {
    InvalidValueException e = assertThrows(InvalidValueException.class, action);
    assertEquals(field, e.field());
    assertEquals(reason, e.reason());
  }

  @Test
  void anApplicantHasNoNumberUntilActivated() {
    Member m = applicant(LocalDate.of(2005, 4, 12));
    assertEquals(MemberStatus.APPLIED, m.status());
    assertTrue(m.number().isEmpty());

    MembershipNumber number = MembershipNumber.issue(20_260_000_001L);
    m.activate(number);

    assertEquals(MemberStatus.ACTIVE, m.status());
    assertEquals(number, m.number().orElseThrow());
    assertThrows(IllegalStateException.class, () -> m.activate(number));
  }

  @Test
  void theDateOfBirthIsCheckedInTokyoTime() {
    assertInvalid("dateOfBirth", "IN_FUTURE", () -> applicant(LocalDate.of(2026, 11, 24)));
    assertEquals(LocalDate.of(2026, 11, 23), applicant(LocalDate.of(2026, 11, 23)).dateOfBirth());
    assertInvalid("dateOfBirth", "TOO_EARLY", () -> applicant(LocalDate.of(1899, 12, 31)));
    assertInvalid("dateOfBirth", "EMPTY", () -> applicant(null));
  }

  @Test
  void kanaAcceptsKatakanaIncludingHalfWidthAndNothingElse() {
    PersonName name = new PersonName("岡田", "太郎", "ｵｶﾀﾞ", "タロー");
    assertEquals("オカダ", name.familyKana());
    assertEquals("岡田 太郎", name.full());

    assertInvalid("familyKana", "NOT_KATAKANA", () -> new PersonName("岡田", "太郎", "おかだ", "タロウ"));
    assertInvalid("givenKana", "NOT_KATAKANA", () -> new PersonName("岡田", "太郎", "オカダ", "Taro"));
    assertInvalid("givenKana", "EMPTY", () -> new PersonName("岡田", "太郎", "オカダ", " "));
  }

  @Test
  void namesRefuseMarkupControlCharactersAndFloods() {
    assertInvalid("familyName", "MALFORMED", () -> new PersonName("<script>", "太郎", "オカダ", "タロウ"));
    assertInvalid("givenName", "MALFORMED", () -> new PersonName("岡田", "太\u0000郎", "オカダ", "タロウ"));
    assertInvalid(
        "familyName", "TOO_LONG", () -> new PersonName("岡".repeat(10_000), "太郎", "オカダ", "タロウ"));
    assertInvalid(
        "givenName", "TOO_LONG", () -> new PersonName("岡田", "太".repeat(51), "オカダ", "タロウ"));
    assertEquals("O'Brien", new PersonName("O'Brien", "太郎", "オブライエン", "タロウ").family());
  }

  @Test
  void aPostalAddressTakesFullWidthAndHyphenatedCodesAndKnownPrefectures() {
    PostalAddress a = new PostalAddress("〒９８０−８５７７", "宮城県", "仙台市青葉区", "片平２－１－１", "");
    assertEquals("9808577", a.postalCode());
    assertEquals("980-8577", a.formattedPostalCode());
    assertEquals("片平2-1-1", a.line1());
    assertEquals(null, a.line2());
    assertEquals(47, PostalAddress.PREFECTURES.size());

    assertInvalid(
        "postalCode", "MALFORMED", () -> new PostalAddress("980-857", "宮城県", "仙台市", "1", null));
    assertInvalid("postalCode", "EMPTY", () -> new PostalAddress(" ", "宮城県", "仙台市", "1", null));
    assertInvalid(
        "prefecture", "UNKNOWN", () -> new PostalAddress("9808577", "宮城", "仙台市", "1", null));
    assertInvalid("city", "EMPTY", () -> new PostalAddress("9808577", "宮城県", null, "1", null));
    assertInvalid(
        "addressLine1",
        "TOO_LONG",
        () -> new PostalAddress("9808577", "宮城県", "仙台市", "x".repeat(101), null));
  }
}
