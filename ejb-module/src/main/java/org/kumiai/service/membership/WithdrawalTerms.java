package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.LocalDate;
import org.kumiai.domain.coop.EmoneyOnLeaving;
import org.kumiai.domain.mealplan.MealRefundRule;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.Yen;

/**
 * What withdrawing means for one membership today: the share capital to be refunded, the e-money
 * still held and the co-op's rule for it, the deadline, when it would take effect, and the meal
 * plan's part under the co-op's meal refund rule ({@code meal} null without a plan).
 */
public record WithdrawalTerms(
    long memberId,
    String coopName,
    MemberStatus status,
    Yen shareCapital,
    Yen emoney,
    EmoneyOnLeaving emoneyRule,
    LocalDate deadline,
    LocalDate effectiveOn,
    boolean late,
    MealLeaving meal)
    implements Serializable {

  /**
   * The e-money paid back with the share capital: all of {@link #emoney()} where the co-op refunds
   * e-money, else only the meal plan's part, which its own rule gives back (as the payout's closure
   * of the wallet does, with {@code LeavingRefund}).
   */
  public Yen emoneyRefund() {
    if (emoneyRule == EmoneyOnLeaving.REFUNDED) {
      return emoney;
    }
    return meal == null ? Yen.ZERO : meal.refund();
  }

  /**
   * The meal plan at leaving, when the wallet holds one: the MEAL balance, what the co-op's rule
   * gives back of it (part of {@link #emoney()}) and the rule.
   */
  public record MealLeaving(String plan, Yen balance, Yen refund, MealRefundRule rule)
      implements Serializable {

    public Yen kept() {
      return Yen.of(balance.value() - refund.value());
    }
  }
}
