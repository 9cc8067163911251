package org.kumiai.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletFiguresTest {

  @Test
  void aPeriodClosesOnWhatItOpenedWithAndWhatEachKindMoved() {
    WalletFigures.Movements m =
        new WalletFigures.Movements(
            Map.of(Purse.BASE, 10_000L, Purse.POINTS, 40L),
            Map.of(
                TransactionKind.CHARGE, Map.of(Purse.BASE, 3_000L),
                TransactionKind.PAYMENT, Map.of(Purse.BASE, -2_500L, Purse.POINTS, 12L),
                TransactionKind.TRANSFER, Map.of(Purse.BASE, -1_000L, Purse.TEXTBOOK, 1_000L),
                TransactionKind.CLOSURE, Map.of(Purse.POINTS, -52L)));

    assertEquals(9_500L, m.closing().get(Purse.BASE));
    assertEquals(1_000L, m.closing().get(Purse.TEXTBOOK));
    assertEquals(0L, m.closing().get(Purse.POINTS), "the closure emptied the points");
    assertEquals(0L, m.closing().get(Purse.MEAL), "a purse nothing touched is a zero, not absent");
    assertEquals(10_040L, m.openingTotal());
    assertEquals(10_500L, m.closingTotal());
    assertEquals(0L, m.total(TransactionKind.TRANSFER), "a move between purses changes no total");
    assertEquals(0L, m.total(TransactionKind.REFUND), "a kind with no movement");
    assertEquals(
        m.openingTotal() + m.byKind().keySet().stream().mapToLong(m::total).sum(),
        m.closingTotal());
  }
}
