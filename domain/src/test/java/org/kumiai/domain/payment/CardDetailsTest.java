package org.kumiai.domain.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;

class CardDetailsTest {

  private static final YearMonth NOW = YearMonth.of(2026, 11);

  @Test
  void aCardAsTypedIsAccepted() {
    CardDetails card = CardDetails.parse("４２４２ ４２４２-4242 4242", "11/26", "123", "0412", NOW);
    assertEquals("4242424242424242", card.number());
    assertEquals(YearMonth.of(2026, 11), card.expiry(), "valid through the end of its month");
    assertEquals("card ****4242", card.toString());
    assertFalse(card.toString().contains("123"), "no security code in a log line");
  }

  @Test
  void everyBadFieldIsNamed() {
    InvalidValuesException e =
        assertThrows(
            InvalidValuesException.class,
            () -> CardDetails.parse("4242424242424241", "10/26", "12", "1332", NOW));
    assertEquals(
        List.of(
            "cardNumber:CHECK_DIGIT",
            "cardExpiry:EXPIRED",
            "cardCode:WRONG_LENGTH",
            "cardBirthday:MALFORMED"),
        e.problems().stream().map(p -> p.field() + ":" + p.reason()).toList());
    assertEquals(
        "cardExpiry:MALFORMED",
        first(() -> CardDetails.parse("4242424242424242", "13/27", "123", "0412", NOW)));
    assertEquals(
        "cardNumber:NOT_DIGITS",
        first(() -> CardDetails.parse("4242-abcd", "12/27", "123", "0412", NOW)));
    assertEquals(
        "cardNumber:EMPTY", first(() -> CardDetails.parse(" ", "12/27", "123", "0412", NOW)));
  }

  private static String first(Runnable parse) {
    InvalidValueException p =
        assertThrows(InvalidValuesException.class, parse::run).problems().get(0);
    return p.field() + ":" + p.reason();
  }
}
