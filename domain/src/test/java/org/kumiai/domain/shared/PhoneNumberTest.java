package org.kumiai.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  private static void assertRejected(String typed, String reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PhoneNumber.parse(typed));
    assertEquals("phone", e.field());
    assertEquals(reason, e.reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "090-1234-5678",
        "09012345678",
        "０９０\u2212１２３４\u2212５６７８",
        "０９０\uFF0D１２３４\uFF0D５６７８",
        "090ー1234ー5678",
        "090 1234 5678",
        "090.1234.5678",
        "(090) 1234-5678",
        " 090-1234-5678 ",
        "+81 90 1234 5678",
        "+81-90-1234-5678",
        "+81 090 1234 5678",
        "+81(0)90-1234-5678",
        "＋８１　９０　１２３４　５６７８",
        "0081-90-1234-5678",
        "0081 090 1234 5678"
      })
  void oneMobileNumberTypedManyWays(String typed) {
    assertEquals("+819012345678", PhoneNumber.parse(typed).value());
  }

  @ParameterizedTest
  @CsvSource({
    "(03) 1234-5678,    +81312345678",
    "03-1234-5678,      +81312345678",
    "011-700-0001,      +81117000001",
    "0120-123-456,      +81120123456",
    "0800-123-4567,     +818001234567",
    "050-1234-5678,     +815012345678",
    "+1 415 555 0100,   +14155550100",
    "001-415-555-0100,  +14155550100",
    "+44 20 7946 0958,  +442079460958",
    "+852 2123 4567,    +85221234567"
  })
  void numbersAreStoredInE164(String typed, String e164) {
    assertEquals(e164, PhoneNumber.parse(typed).value());
  }

  @ParameterizedTest
  @CsvSource({
    "+819012345678,  81",
    "+14155550100,   1",
    "+79161234567,   7",
    "+442079460958,  44",
    "+85221234567,   852",
    "+35312345678,   353"
  })
  void theCountryCodeIsSplitOffByItsPrefix(String typed, String countryCode) {
    assertEquals(countryCode, PhoneNumber.parse(typed).countryCode());
  }

  @Test
  void maskingKeepsTheCountryCodeAndTheLastFourDigits() {
    assertEquals("+81 ******5678", PhoneNumber.parse("090-1234-5678").masked());
    assertEquals("+81 *****5678", PhoneNumber.parse("03-1234-5678").masked());
    assertEquals("+1 ******0100", PhoneNumber.parse("+1 415 555 0100").masked());
  }

  @Test
  void toStringNeverShowsTheFullNumber() {
    PhoneNumber phone = PhoneNumber.parse("090-1234-5678");

    assertEquals("+81 ******5678", phone.toString());
    assertFalse(phone.toString().contains("9012"));
  }

  @Test
  void equalityIsOnTheE164Value() {
    PhoneNumber domestic = PhoneNumber.parse("090-1234-5678");
    PhoneNumber international = PhoneNumber.parse("+81 90 1234 5678");

    assertEquals(domestic, international);
    assertEquals(domestic.hashCode(), international.hashCode());
    assertNotEquals(domestic, PhoneNumber.parse("090-1234-5679"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345",
        "090-1234-567",
        "090-1234-56789-0",
        "03-1234-56789",
        "03-1234-567",
        "+81 90 1234 567",
        "+81 3 1234 56789",
        "+81",
        "+1 415 55",
        "+1234 5678 9012 3456"
      })
  void tooFewOrTooManyDigitsAreTheWrongLength(String typed) {
    assertRejected(typed, "WRONG_LENGTH");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "+",
        "+0 123",
        "+81 0 090 1234 5678",
        "\uD83D\uDCDE090-1234-5678",
        "090-1234-5678 ext 1",
        "090+1234+5678",
        "090/1234/5678",
        "090\n1234\n5678",
        "90-1234-5678",
        "9012345678",
        "010-1-415-555-0100",
        "٠٩٠١٢٣٤٥٦٧٨",
        "<script>",
        "' OR 1=1 --",
        "---"
      })
  void anythingButDigitsAndSeparatorsIsMalformed(String typed) {
    assertRejected(typed, "MALFORMED");
  }

  @Test
  void hugeInputIsRefusedAsTooLong() {
    assertRejected("0".repeat(10_000), "TOO_LONG");
    assertRejected("090-1234-5678" + " ".repeat(60), "TOO_LONG");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u3000"})
  void nothingTypedIsEmpty(String typed) {
    assertRejected(typed, "EMPTY");
  }
}
