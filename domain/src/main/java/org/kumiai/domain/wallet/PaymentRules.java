package org.kumiai.domain.wallet;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.shared.Yen;

/**
 * Which purses a payment draws from, in which order, and the points it earns (REQUIREMENTS §4).
 * Pure arithmetic, so every rule is a unit test.
 */
public final class PaymentRules {

  private PaymentRules() {}

  /**
   * Cafeteria: MEAL, then CAFETERIA, then BASE; bookstore: TEXTBOOK, then BASE; shop: BASE. Points
   * are never spent at a register.
   */
  public static List<Purse> order(StoreKind store) {
    return switch (store) {
      case CAFETERIA -> List.of(Purse.MEAL, Purse.CAFETERIA, Purse.BASE);
      case BOOKSTORE -> List.of(Purse.TEXTBOOK, Purse.BASE);
      case SHOP -> List.of(Purse.BASE);
    };
  }

  /**
   * How much each purse pays, in order, taking from each what it has; {@code mealCap} limits what
   * MEAL may give today (null: no cap). All or nothing: short funds throw and draw nothing.
   */
  public static Map<Purse, Yen> draw(
      Map<Purse, Yen> balances, List<Purse> order, Yen amount, Yen mealCap) {
    if (amount.value() <= 0) {
      throw new IllegalArgumentException("A payment is positive");
    }
    Map<Purse, Yen> draws = new LinkedHashMap<>();
    long left = amount.value();
    for (Purse purse : order) {
      long available = balances.getOrDefault(purse, Yen.ZERO).value();
      if (purse == Purse.MEAL && mealCap != null) {
        available = Math.min(available, mealCap.value());
      }
      long take = Math.min(available, left);
      if (take > 0) {
        draws.put(purse, Yen.of(take));
        left -= take;
      }
      if (left == 0) {
        return draws;
      }
    }
    throw new InsufficientFundsException(order.get(order.size() - 1));
  }

  /** Points on an amount at a rate in basis points, rounded down to the yen. */
  public static Yen points(Yen amount, int basisPoints) {
    return Yen.of(Math.multiplyExact(amount.value(), basisPoints) / 10_000);
  }

  /** Balances by purse, every purse present (zero when it holds nothing). */
  public static Map<Purse, Yen> balances(List<LedgerAccount> purses) {
    Map<Purse, Yen> balances = new EnumMap<>(Purse.class);
    for (Purse p : Purse.values()) {
      balances.put(p, Yen.ZERO);
    }
    purses.forEach(a -> balances.put(a.purse(), a.balance()));
    return balances;
  }

  /** E-money the member can spend: every purse but points. */
  public static Yen spendable(Map<Purse, Yen> balances) {
    return balances.entrySet().stream()
        .filter(e -> e.getKey() != Purse.POINTS)
        .map(Map.Entry::getValue)
        .reduce(Yen.ZERO, Yen::plus);
  }
}
