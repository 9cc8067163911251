package org.kumiai.domain.wallet;

import java.util.Map;
import java.util.Set;
import org.kumiai.domain.coop.WalletRules;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

/** What a member may charge (自分チャージ): the purse, the amount, the co-op's limits. */
public final class ChargeRules {

  /** The smallest charge, as the presets start there. */
  public static final Yen MIN = Yen.of(WalletRules.SMALLEST_CHARGE);

  /** Purses a member charges; the meal plan and points are never charged directly. */
  public static final Set<Purse> CHARGEABLE = Set.of(Purse.BASE, Purse.CAFETERIA, Purse.TEXTBOOK);

  private ChargeRules() {}

  /**
   * Checks a charge of {@code amount} into {@code purse} against the co-op's per-charge maximum and
   * the most a wallet may hold (base, cafeteria and textbook together), counting what {@code
   * awaiting} convenience-store slips would still credit when paid: otherwise several slips, each
   * within the limit on its own, would all be credited past it.
   */
  public static void check(
      Purse purse,
      Yen amount,
      Map<Purse, Yen> balances,
      Yen awaiting,
      long chargeMax,
      long balanceMax) {
    if (purse == null || !CHARGEABLE.contains(purse)) {
      throw new InvalidValueException("purse", "NOT_CHOSEN");
    }
    if (amount.compareTo(MIN) < 0) {
      throw new InvalidValueException("amount", "BELOW_MINIMUM");
    }
    if (amount.value() > chargeMax) {
      throw new InvalidValueException("amount", "ABOVE_CHARGE_MAX");
    }
    if (!roomFor(amount, balances, awaiting, balanceMax)) {
      throw new InvalidValueException("amount", "ABOVE_BALANCE_MAX");
    }
  }

  /**
   * Whether {@code amount} more fits under the most a wallet may hold, with what {@code awaiting}
   * convenience-store slips would still credit: for charges, and for points exchanged for e-money.
   */
  public static boolean roomFor(
      Yen amount, Map<Purse, Yen> balances, Yen awaiting, long balanceMax) {
    return held(balances).value() + awaiting.value() + amount.value() <= balanceMax;
  }

  /** What counts against the co-op's balance limit: base, cafeteria and textbook together. */
  public static Yen held(Map<Purse, Yen> balances) {
    return Yen.of(
        CHARGEABLE.stream().mapToLong(p -> balances.getOrDefault(p, Yen.ZERO).value()).sum());
  }
}
