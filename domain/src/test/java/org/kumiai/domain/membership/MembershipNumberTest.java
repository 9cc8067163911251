package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kumiai.domain.shared.InvalidValueException;

class MembershipNumberTest {

  private static void assertRejected(String typed, String reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> MembershipNumber.parse(typed));
    assertEquals("membershipNumber", e.field());
    assertEquals(reason, e.reason(), typed);
  }

  @Test
  void thePublishedDammExampleGivesFour() {
    assertEquals(4, MembershipNumber.checkDigit("572"));
    assertEquals(0, MembershipNumber.checkDigit("5724"));
  }

  @Test
  void leadingZerosDoNotChangeTheCheckDigit() {
    MembershipNumber number = MembershipNumber.issue(572);

    assertEquals("000000005724", number.value());
    assertEquals(number, MembershipNumber.parse("000000005724"));
    assertRejected("000000005723", "CHECK_DIGIT");
  }

  @Test
  void issuedNumbersAreZeroPaddedAndParseBack() {
    assertEquals("000000000000", MembershipNumber.issue(0).value());
    assertEquals("123456789018", MembershipNumber.issue(12_345_678_901L).value());
    assertEquals("999999999999", MembershipNumber.issue(99_999_999_999L).value());
    for (long serial : new long[] {0, 1, 572, 12_345_678_901L, 99_999_999_999L}) {
      MembershipNumber issued = MembershipNumber.issue(serial);
      assertEquals(issued, MembershipNumber.parse(issued.value()));
    }
  }

  @Test
  void serialsOutsideElevenDigitsAreAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> MembershipNumber.issue(-1));
    assertThrows(IllegalArgumentException.class, () -> MembershipNumber.issue(100_000_000_000L));
  }

  @Test
  void everySingleDigitMistakeAndAdjacentSwapIsCaught() {
    Random random = new Random(20261123L);
    for (int n = 0; n < 200; n++) {
      String valid =
          MembershipNumber.issue(random.nextLong(MembershipNumber.MAX_SERIAL + 1)).value();
      char[] digits = valid.toCharArray();
      for (int i = 0; i < digits.length; i++) {
        for (char wrong = '0'; wrong <= '9'; wrong++) {
          if (wrong != valid.charAt(i)) {
            digits[i] = wrong;
            assertRejected(new String(digits), "CHECK_DIGIT");
          }
        }
        digits[i] = valid.charAt(i);
      }
      for (int i = 0; i + 1 < digits.length; i++) {
        if (digits[i] != digits[i + 1]) {
          char[] swapped = valid.toCharArray();
          swapped[i] = digits[i + 1];
          swapped[i + 1] = digits[i];
          assertRejected(new String(swapped), "CHECK_DIGIT");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789018",
        "1234-5678-9018",
        "1234 5678 9018",
        " 1234 5678 9018 ",
        "１２３４５６７８９０１８",
        "１２３４－５６７８－９０１８",
        "１２３４\u2212５６７８\u2212９０１８",
        "１２３４　５６７８　９０１８"
      })
  void oneNumberTypedManyWays(String typed) {
    assertEquals("123456789018", MembershipNumber.parse(typed).value());
  }

  @Test
  void formattedInGroupsOfFour() {
    MembershipNumber number = MembershipNumber.parse("123456789018");

    assertEquals("1234-5678-9018", number.formatted());
    assertEquals("123456789018", number.toString());
  }

  @Test
  void equalityIsOnTheValue() {
    assertEquals(MembershipNumber.parse("1234-5678-9018"), MembershipNumber.issue(12_345_678_901L));
    assertEquals(
        MembershipNumber.parse("1234-5678-9018").hashCode(),
        MembershipNumber.issue(12_345_678_901L).hashCode());
    assertNotEquals(MembershipNumber.issue(1), MembershipNumber.issue(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901", "1234-5678-901", "1234567890180", "1", "0000 0000 0000 0"})
  void elevenOrThirteenDigitsAreTheWrongLength(String typed) {
    assertRejected(typed, "WRONG_LENGTH");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234-5678-901A",
        "ABCD-EFGH-IJKL",
        "１２３４５６７８９０１Ａ",
        "1234.5678.9018",
        "1234_5678_9018",
        "+123456789018",
        "١٢٣٤٥٦٧٨٩٠١٨",
        "1234\n5678\n9018",
        "<script>",
        "---"
      })
  void anythingButDigitsIsRefused(String typed) {
    assertRejected(typed, "NOT_DIGITS");
  }

  @Test
  void hugeInputIsRefusedAsTooLong() {
    assertRejected("1".repeat(10_000), "TOO_LONG");
    assertRejected("1234-5678-9018" + " ".repeat(60), "TOO_LONG");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u3000"})
  void nothingTypedIsEmpty(String typed) {
    assertRejected(typed, "EMPTY");
  }
}
