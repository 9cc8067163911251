package org.kumiai.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

class ChargeRulesTest {

  private static final Map<Purse, Yen> HELD =
      Map.of(
          Purse.BASE, Yen.of(60_000),
          Purse.CAFETERIA, Yen.of(30_000),
          Purse.TEXTBOOK, Yen.of(20_000),
          Purse.MEAL, Yen.of(90_000),
          Purse.POINTS, Yen.of(5_000));

  private static String refused(Purse purse, long amount) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> ChargeRules.check(purse, Yen.of(amount), HELD, Yen.ZERO, 100_000, 200_000));
    return e.field() + " " + e.reason();
  }

  @Test
  void aChargeIsAtLeast1000AndAtMostTheCoopsChargeLimit() {
    assertEquals("amount BELOW_MINIMUM", refused(Purse.BASE, 999));
    assertDoesNotThrow(
        () -> ChargeRules.check(Purse.BASE, Yen.of(1_000), Map.of(), Yen.ZERO, 100_000, 200_000));
    assertDoesNotThrow(
        () -> ChargeRules.check(Purse.BASE, Yen.of(100_000), Map.of(), Yen.ZERO, 100_000, 200_000));
    assertEquals("amount ABOVE_CHARGE_MAX", refused(Purse.BASE, 100_001));
  }

  @Test
  void theBalanceLimitCountsBaseCafeteriaAndTextbookButNotMealOrPoints() {
    // 110,000 held in the three; the meal plan and points are not e-money a member charged.
    assertDoesNotThrow(
        () -> ChargeRules.check(Purse.TEXTBOOK, Yen.of(90_000), HELD, Yen.ZERO, 100_000, 200_000));
    assertEquals("amount ABOVE_BALANCE_MAX", refused(Purse.CAFETERIA, 90_001));
  }

  @Test
  void slipsAwaitingPaymentCountAgainstTheBalanceLimit() {
    // 110,000 held and a 50,000 slip not paid yet: 40,000 more at most.
    assertDoesNotThrow(
        () ->
            ChargeRules.check(Purse.BASE, Yen.of(40_000), HELD, Yen.of(50_000), 100_000, 200_000));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                ChargeRules.check(
                    Purse.BASE, Yen.of(40_001), HELD, Yen.of(50_000), 100_000, 200_000));
    assertEquals("ABOVE_BALANCE_MAX", e.reason());
  }

  @Test
  void onlyBaseCafeteriaAndTextbookAreCharged() {
    assertEquals("purse NOT_CHOSEN", refused(Purse.MEAL, 1_000));
    assertEquals("purse NOT_CHOSEN", refused(Purse.POINTS, 1_000));
    assertEquals("purse NOT_CHOSEN", refused(null, 1_000));
  }
}
