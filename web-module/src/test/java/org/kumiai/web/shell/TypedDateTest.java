package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TypedDateTest {

  @Test
  void aDayOrMonthAsDateFieldsWriteIt() {
    assertEquals(LocalDate.of(2026, 12, 5), TypedDate.day(" 2026-12-05 "));
    assertEquals(YearMonth.of(2026, 11), TypedDate.month("2026-11"));
    assertEquals(LocalDate.of(9999, 12, 31), TypedDate.day("9999-12-31"));
  }

  @Test
  void yearsNoDateFieldOffersAreUnreadableAsGarbageIs() {
    assertThrows(DateTimeParseException.class, () -> TypedDate.day("+999999999-12-31"));
    assertThrows(DateTimeParseException.class, () -> TypedDate.month("+999999999-12"));
    assertThrows(DateTimeParseException.class, () -> TypedDate.day("1899-12-31"));
    assertThrows(DateTimeParseException.class, () -> TypedDate.day("12/05/2026"));
  }
}
