package org.kumiai.domain.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.LocalizedText;

class WalletRulesTest {

  private static InvalidValueException refused(int points, int books, long charge, long balance) {
    return assertThrows(
        InvalidValueException.class, () -> new WalletRules(points, books, charge, balance));
  }

  private static void assertRefused(String field, String reason, InvalidValueException e) {
    assertEquals(field + " " + reason, e.field() + " " + e.reason());
  }

  @Test
  void ratesRunFromNothingToAllOfWhatWasSpent() {
    assertEquals(0, new WalletRules(0, 10_000, 1_000, 1_000).pointsBasisPoints());
    assertRefused("pointsRate", "NOT_A_RATE", refused(-1, 1_000, 100_000, 200_000));
    assertRefused("pointsRate", "NOT_A_RATE", refused(10_001, 1_000, 100_000, 200_000));
    assertRefused("bookPointsRate", "NOT_A_RATE", refused(50, -1, 100_000, 200_000));
    assertRefused("bookPointsRate", "NOT_A_RATE", refused(50, 10_001, 100_000, 200_000));
  }

  @Test
  void aChargeMaximumLeavesTheSmallestChargePossibleAndTheBalanceMaximumHoldsOneCharge() {
    assertRefused("chargeMax", "BELOW_SMALLEST_CHARGE", refused(50, 1_000, 999, 200_000));
    assertRefused("chargeMax", "TOO_LARGE", refused(50, 1_000, 100_000_000, 100_000_000));
    assertRefused("balanceMax", "BELOW_CHARGE_MAX", refused(50, 1_000, 100_000, 99_999));
    assertRefused("balanceMax", "TOO_LARGE", refused(50, 1_000, 100_000, 100_000_000));
    assertEquals(99_999_999L, new WalletRules(50, 1_000, 99_999_999, 99_999_999).balanceMax());
  }

  @Test
  void aCoopTakesNewRulesWhole() {
    Coop coop =
        new Coop(
            "HOKUTO",
            new Federation("TEST", new LocalizedText("連合", "Federation")),
            new LocalizedText("北斗", "Hokuto"),
            null,
            null);
    assertEquals(new WalletRules(50, 1_000, 100_000, 200_000), coop.walletRules());
    coop.walletRules(new WalletRules(100, 500, 30_000, 50_000));
    assertEquals(100, coop.pointsBasisPoints(false));
    assertEquals(500, coop.pointsBasisPoints(true));
    assertEquals(30_000, coop.chargeMax());
    assertEquals(50_000, coop.balanceMax());
  }
}
