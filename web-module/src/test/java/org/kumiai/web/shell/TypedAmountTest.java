package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedAmountTest {

  @Test
  void amountsAsPeopleTypeThemAreRead() {
    assertEquals(Optional.of(1_200L), TypedAmount.parse("１，２００円"));
    assertEquals(Optional.of(3_000L), TypedAmount.parse(" ¥3,000 "));
    assertEquals(Optional.of(99_999_999L), TypedAmount.parse("99999999"));
    assertEquals(Optional.empty(), TypedAmount.problem("99999999"));
  }

  @Test
  void eachKindOfNonAmountHasItsOwnReason() {
    assertEquals(Optional.of("EMPTY"), TypedAmount.problem(null));
    assertEquals(Optional.of("EMPTY"), TypedAmount.problem(" 円 "));
    assertEquals(Optional.of("TOO_LARGE"), TypedAmount.problem("１２３，４５６，７８９"));
    assertEquals(Optional.empty(), TypedAmount.parse("123456789"));
    assertEquals(Optional.of("NOT_DIGITS"), TypedAmount.problem("千円"));
    assertEquals(Optional.of("NOT_DIGITS"), TypedAmount.problem("-500"));
    assertEquals(Optional.of("NOT_DIGITS"), TypedAmount.problem("12.5"));
  }
}
