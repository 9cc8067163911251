package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.Federation;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.shared.PhoneNumber;

/** The corrections staff make at the counter: each verb hands back what it replaced. */
class MemberCorrectionsTest {

  private static final Coop COOP =
      new Coop(
          "HOKUTO",
          new Federation("DEMO", new LocalizedText("連合", "Federation")),
          new LocalizedText("北斗大学生活協同組合", "Hokuto"),
          null,
          null);

  private static Member member() {
    return new Member(
        COOP,
        new PersonName("岡田", "太郎", "オカダ", "タロウ"),
        LocalDate.of(2005, 4, 12),
        null,
        PhoneNumber.parse("090-1111-0001"),
        null,
        new Affiliation(AffiliationKind.STUDENT, null, null, null),
        Instant.parse("2026-04-01T00:00:00Z"));
  }

  @Test
  void eachCorrectionReturnsWhatItReplaced() {
    Member m = member();
    assertEquals(
        Optional.of(PhoneNumber.parse("09011110001")),
        m.changePhone(PhoneNumber.parse("080-3333-4444")));
    assertEquals("+818033334444", m.phone().orElseThrow().value());

    PostalAddress home = new PostalAddress("060-0808", "北海道", "札幌市北区", "北8条西5丁目", null);
    assertEquals(Optional.empty(), m.changeAddress(home));
    assertEquals(home, m.address().orElseThrow());

    PersonName old = m.rename(new PersonName("岡田", "次郎", "オカダ", "ｼﾞﾛｳ"));
    assertEquals("岡田 太郎", old.full());
    assertEquals("オカダ ジロウ", m.name().fullKana());
  }

  @Test
  void aNameCheckNamesEveryBadPart() {
    InvalidValuesException e =
        assertThrows(InvalidValuesException.class, () -> PersonName.check("", "太郎", "おかだ", "タロウ"));
    assertEquals(
        List.of("familyName: EMPTY", "familyKana: NOT_KATAKANA"),
        e.problems().stream().map(p -> p.field() + ": " + p.reason()).toList());
    PersonName.check("岡田", "太郎", "ｵｶﾀﾞ", "タロウ");
  }

  @Test
  void nothingIsReplacedByNothing() {
    assertThrows(NullPointerException.class, () -> member().changePhone(null));
    assertThrows(NullPointerException.class, () -> member().rename(null));
    assertThrows(InvalidValueException.class, () -> PhoneNumber.parse("090-12"));
  }
}
