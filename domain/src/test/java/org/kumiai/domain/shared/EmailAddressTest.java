package org.kumiai.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  private static void assertRejected(String typed, String reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EmailAddress.parse(typed));
    assertEquals("email", e.field());
    assertEquals(reason, e.reason());
  }

  @Test
  void fullWidthInputIsFoldedAndLowerCased() {
    EmailAddress email = EmailAddress.parse("ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ");

    assertEquals("hanako@example.jp", email.value());
    assertEquals("hanako", email.localPart());
    assertEquals("example.jp", email.domain());
  }

  @Test
  void surroundingSpacesIncludingIdeographicOnesAreTrimmed() {
    assertEquals("hanako@example.jp", EmailAddress.parse("  Hanako@Example.JP ").value());
    assertEquals("hanako@example.jp", EmailAddress.parse("\u3000hanako@example.jp\u3000").value());
  }

  @Test
  void theSameMailboxTypedTwoWaysIsEqual() {
    EmailAddress typed = EmailAddress.parse("Hanako@Example.jp");
    EmailAddress wide = EmailAddress.parse("ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ");

    assertEquals(typed, wide);
    assertEquals(typed.hashCode(), wide.hashCode());
    assertNotEquals(typed, EmailAddress.parse("hanako@example.com"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "shohei.tanaka@example.jp",
        "o'brien+coop@mail.example.co.jp",
        "a@x.jp",
        "first_last-1@sub-domain.example.org",
        "x!#$%&*/=?^`{|}~@x.jp"
      })
  void plainAddressesAreAccepted(String typed) {
    assertEquals(typed, EmailAddress.parse(typed).value());
  }

  @Test
  void maskingKeepsThreeCharactersOrOneForShortLocalParts() {
    assertEquals(
        "sho**********@example.jp", EmailAddress.parse("shohei.tanaka@example.jp").masked());
    assertEquals("abc*@x.jp", EmailAddress.parse("abcd@x.jp").masked());
    assertEquals("a**@x.jp", EmailAddress.parse("abc@x.jp").masked());
    assertEquals("a*@x.jp", EmailAddress.parse("ab@x.jp").masked());
    assertEquals("a@x.jp", EmailAddress.parse("a@x.jp").masked());
  }

  @Test
  void toStringNeverShowsTheFullAddress() {
    EmailAddress email = EmailAddress.parse("shohei.tanaka@example.jp");

    assertEquals("sho**********@example.jp", email.toString());
    assertFalse(email.toString().contains("shohei"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>@x.jp",
        "a@b",
        "a..b@x.jp",
        ".a@x.jp",
        "a.@x.jp",
        "a@-x.jp",
        "a@x-.jp",
        "a b@x.jp",
        "a@x.jp\n",
        "a@x.jp\r\nBcc: all@x.jp",
        "a\t@x.jp",
        "\"a\"@x.jp",
        "' OR 1=1 --@x.jp",
        "\uD83D\uDE00@x.jp",
        "a@\uD83D\uDE00.jp",
        "日本語@example.jp",
        "a@例え.jp",
        "a\u0000@x.jp",
        "a@@x.jp",
        "a@b@x.jp",
        "@x.jp",
        "a@",
        "a",
        "a@x..jp",
        "a@.x.jp",
        "a@x.jp.",
        "a@x.j",
        "a@x.j2",
        "a@x_y.jp"
      })
  void malformedAddressesAreRefused(String typed) {
    assertRejected(typed, "MALFORMED");
  }

  @Test
  void theLocalPartMayHaveSixtyFourCharactersButNotSixtyFive() {
    assertEquals(64, EmailAddress.parse("a".repeat(64) + "@x.jp").localPart().length());
    assertRejected("a".repeat(65) + "@x.jp", "TOO_LONG");
  }

  @Test
  void aDomainLabelMayHaveSixtyThreeCharactersButNotSixtyFour() {
    assertEquals(
        "x".repeat(63) + ".jp", EmailAddress.parse("a@" + "x".repeat(63) + ".jp").domain());
    assertRejected("a@" + "x".repeat(64) + ".jp", "MALFORMED");
  }

  @Test
  void theAddressMayHave254CharactersButNot255() {
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60) + ".jp";
    String local = "a".repeat(254 - 1 - domain.length());

    assertEquals(254, EmailAddress.parse(local + "@" + domain).value().length());
    assertRejected("a" + local + "@" + domain, "TOO_LONG");
  }

  @Test
  void hugeInputIsRefusedAsTooLong() {
    assertRejected("a".repeat(10_000) + "@x.jp", "TOO_LONG");
    assertRejected("a@" + "x.".repeat(5_000) + "jp", "TOO_LONG");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u3000", "\t\n"})
  void nothingTypedIsEmpty(String typed) {
    assertRejected(typed, "EMPTY");
  }

  @Test
  void theMessageNamesTheFieldAndReasonButNotTheInput() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EmailAddress.parse("secret <x>@x.jp"));

    assertEquals("email: MALFORMED", e.getMessage());
  }
}
