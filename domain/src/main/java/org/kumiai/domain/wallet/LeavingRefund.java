package org.kumiai.domain.wallet;

import java.util.Optional;
import org.kumiai.domain.shared.Yen;

/**
 * What of one purse a leaving member gets back. Points never; the meal plan's MEAL by the co-op's
 * meal refund rule whatever it does with e-money (the rules are separate: a co-op that keeps
 * unspent e-money may still give back a plan's unused days); the rest, and MEAL without a plan, by
 * the co-op's e-money rule.
 */
public final class LeavingRefund {

  private LeavingRefund() {}

  /**
   * @param refundsEmoney whether the co-op gives e-money back when a member leaves
   * @param mealRefund what its meal rule gives back of the MEAL purse, or empty without a plan
   */
  public static Yen of(Purse purse, Yen balance, boolean refundsEmoney, Optional<Yen> mealRefund) {
    if (purse == Purse.POINTS) {
      return Yen.ZERO;
    }
    if (purse == Purse.MEAL && mealRefund.isPresent()) {
      return Yen.of(Math.min(balance.value(), mealRefund.get().value()));
    }
    return refundsEmoney ? balance : Yen.ZERO;
  }
}
