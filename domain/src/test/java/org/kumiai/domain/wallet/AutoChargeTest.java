package org.kumiai.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

class AutoChargeTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

  private static AutoCharge rule(AutoCharge.Mode mode, long threshold, long amount) {
    AutoCharge rule = new AutoCharge(7, NOW);
    rule.set(Purse.CAFETERIA, mode, Yen.of(threshold), Yen.of(amount), "tok", "4242", NOW);
    return rule;
  }

  @Test
  void aFixedRuleChargesItsAmountOnlyBelowTheThreshold() {
    AutoCharge rule = rule(AutoCharge.Mode.FIXED, 1_000, 3_000);
    assertEquals(Optional.of(Yen.of(3_000)), rule.due(Yen.of(999)));
    assertEquals(Optional.empty(), rule.due(Yen.of(1_000)), "at the threshold is not below it");
  }

  @Test
  void aPurseLeftBelowTheThresholdIsChargedAgainOnlyOnceItHasMoved() {
    AutoCharge rule = rule(AutoCharge.Mode.FIXED, 5_000, 1_000);
    rule.charged(Yen.of(1_200), NOW);
    assertEquals(Optional.empty(), rule.due(Yen.of(1_200)), "nothing spent since the charge");
    assertEquals(Optional.of(Yen.of(1_000)), rule.due(Yen.of(700)), "a payment since");
    rule.set(
        Purse.CAFETERIA, AutoCharge.Mode.FIXED, Yen.of(5_000), Yen.of(1_000), "t", "4242", NOW);
    assertEquals(Optional.of(Yen.of(1_000)), rule.due(Yen.of(1_200)), "set again: a new rule");
  }

  @Test
  void aTopUpChargesWhatReachesTheTarget() {
    AutoCharge rule = rule(AutoCharge.Mode.TOP_UP, 2_000, 5_000);
    assertEquals(Optional.of(Yen.of(4_200)), rule.due(Yen.of(800)));
  }

  @Test
  void eachChargeHasItsOwnKeyAndATimeoutKeepsIt() {
    AutoCharge rule = rule(AutoCharge.Mode.FIXED, 1_000, 3_000);
    String first = rule.key();
    assertFalse(rule.unanswered(Yen.of(3_000), NOW), "asked again with the same key");
    assertEquals(first, rule.key());
    rule.charged(Yen.of(3_500), NOW);
    assertNotEquals(first, rule.key());
  }

  @Test
  void anUnansweredChargeIsAskedAgainWithItsAmountWhateverHappensMeanwhile() {
    AutoCharge rule = rule(AutoCharge.Mode.TOP_UP, 2_000, 5_000);
    assertEquals(Optional.of(Yen.of(4_200)), rule.due(Yen.of(800)));
    rule.unanswered(Yen.of(4_200), NOW);
    // A payment moved the purse; the rule would now ask 4,700, which the key was not sent with.
    assertEquals(Optional.of(Yen.of(4_200)), rule.due(Yen.of(300)));
    rule.turnOff(NOW);
    assertEquals(Optional.of(Yen.of(4_200)), rule.due(Yen.of(300)), "turned off: still settled");
    InvalidValueException pending =
        assertThrows(
            InvalidValueException.class,
            () ->
                rule.set(
                    Purse.BASE,
                    AutoCharge.Mode.FIXED,
                    Yen.of(500),
                    Yen.of(1_000),
                    "tok2",
                    "1111",
                    NOW));
    assertEquals("CHARGE_PENDING", pending.reason());
    rule.charged(Yen.of(4_500), NOW);
    assertEquals(Optional.empty(), rule.asked());
    assertEquals(Optional.empty(), rule.due(Yen.of(300)), "off once settled");
  }

  @Test
  void aDeclineOrThreeUnansweredTriesSwitchItOffUntilSetAgain() {
    AutoCharge declined = rule(AutoCharge.Mode.FIXED, 1_000, 3_000);
    declined.failed("DO_NOT_HONOR", NOW);
    assertEquals(AutoCharge.Status.FAILED, declined.status());
    assertEquals(Optional.empty(), declined.due(Yen.ZERO), "never retried into a loop");

    AutoCharge silent = rule(AutoCharge.Mode.FIXED, 1_000, 3_000);
    assertFalse(silent.unanswered(Yen.of(3_000), NOW));
    assertFalse(silent.unanswered(Yen.of(3_000), NOW));
    assertTrue(silent.unanswered(Yen.of(3_000), NOW));
    assertEquals(Optional.of("TIMEOUT"), silent.failure());
    assertEquals(Optional.empty(), silent.due(Yen.ZERO));

    silent.set(Purse.BASE, AutoCharge.Mode.FIXED, Yen.of(500), Yen.of(1_000), "tok2", "1111", NOW);
    assertEquals(AutoCharge.Status.ON, silent.status());
    assertEquals(Optional.empty(), silent.failure());
    assertEquals(Optional.of(Yen.of(1_000)), silent.due(Yen.ZERO));
  }

  @Test
  void aRuleNamesWhatIsWrongWithIt() {
    assertEquals(
        "purse",
        assertThrows(
                InvalidValueException.class,
                () -> AutoCharge.check(Purse.MEAL, AutoCharge.Mode.FIXED, Yen.of(0), Yen.of(1_000)))
            .field());
    assertEquals(
        "BELOW_MINIMUM",
        assertThrows(
                InvalidValueException.class,
                () -> AutoCharge.check(Purse.BASE, AutoCharge.Mode.FIXED, Yen.of(0), Yen.of(999)))
            .reason());
    assertEquals(
        "TARGET_TOO_LOW",
        assertThrows(
                InvalidValueException.class,
                () ->
                    AutoCharge.check(
                        Purse.BASE, AutoCharge.Mode.TOP_UP, Yen.of(2_000), Yen.of(2_999)))
            .reason());
    assertEquals(
        "mode",
        assertThrows(
                InvalidValueException.class,
                () -> AutoCharge.check(Purse.BASE, null, Yen.of(0), Yen.of(1_000)))
            .field());
  }

  @Test
  void anAlertMailsOncePerFallBelowItsThreshold() {
    BalanceAlert alert = new BalanceAlert(7, Yen.of(1_000));
    assertFalse(alert.due(Yen.of(1_000), NOW));
    assertTrue(alert.due(Yen.of(999), NOW));
    assertFalse(alert.due(Yen.of(500), NOW), "told already");
    assertFalse(alert.due(Yen.of(3_000), NOW), "back above: re-armed");
    assertTrue(alert.due(Yen.of(10), NOW));
    assertEquals(
        "OUT_OF_RANGE",
        assertThrows(InvalidValueException.class, () -> new BalanceAlert(7, Yen.of(99))).reason());
  }
}
