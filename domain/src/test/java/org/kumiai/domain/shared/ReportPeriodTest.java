package org.kumiai.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  private static String refusal(LocalDate from, LocalDate to) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ReportPeriod.of(from, to));
    return e.field() + " " + e.reason();
  }

  @Test
  void aPeriodNamesWhatIsWrongWithIt() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    assertEquals(day.plusDays(400), ReportPeriod.of(day, day.plusDays(400)).to());
    assertEquals("to PERIOD_TOO_LONG", refusal(day, day.plusDays(401)));
    assertEquals("to BEFORE_FROM", refusal(day, day.minusDays(1)));
    assertEquals("from EMPTY", refusal(null, day));
  }

  @Test
  void aYearNoDateFieldOffersIsRefusedInsteadOfOverflowing() {
    assertEquals("from DATE", refusal(LocalDate.MAX, LocalDate.MAX));
    assertEquals("to DATE", refusal(LocalDate.of(2026, 12, 1), LocalDate.MAX));
    assertEquals("from DATE", refusal(LocalDate.of(1899, 12, 31), LocalDate.of(2026, 1, 1)));
  }
}
