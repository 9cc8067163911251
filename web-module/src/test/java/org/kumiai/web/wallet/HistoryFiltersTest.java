package org.kumiai.web.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.service.wallet.WalletHistory;

class HistoryFiltersTest {

  @Test
  void aDayAsDateFieldsTypeItIsKept() {
    WalletHistory.Filter f = HistoryFilters.of("2026-12-01", " 2026-12-31 ", "BASE", "PAYMENT");
    assertEquals(LocalDate.of(2026, 12, 1), f.from());
    assertEquals(LocalDate.of(2026, 12, 31), f.to());
    assertEquals(Purse.BASE, f.purse());
  }

  @Test
  void anUnreadableOrOutlandishDayMeansAnyDay() {
    WalletHistory.Filter f = HistoryFilters.of("+999999999-12-31", "12/31/2026", "GOLD", "x");
    assertNull(f.from(), "the last day ISO can write: the day after it would not exist");
    assertNull(f.to());
    assertNull(f.purse());
    assertNull(f.kind());
    assertNull(HistoryFilters.of("1850-01-01", null, null, null).from());
  }
}
