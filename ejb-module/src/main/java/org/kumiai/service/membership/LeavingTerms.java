package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.mealplan.MealPlan;
import org.kumiai.domain.mealplan.MealPlanRepository;
import org.kumiai.domain.mealplan.MealRefundRule;
import org.kumiai.domain.membership.EnrollmentLine;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.ProductKind;
import org.kumiai.domain.membership.WithdrawalSchedule;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStatus;

/**
 * What leaving a co-op means for a member, in the caller's transaction: the share capital paid, the
 * e-money held (or prepaid at enrollment, before the wallet started) and what the co-op's rule
 * gives back of a meal plan, as the withdrawal pages show them and the payout settles them.
 */
@ApplicationScoped
public class LeavingTerms {

  @Inject private EnrollmentRepository enrollments;
  @Inject private WalletRepository wallets;
  @Inject private MealPlanRepository mealPlans;
  @Inject private Clock clock;

  /**
   * The terms of leaving on {@code leavingOn}, a request's own day (the meal plan's unused days are
   * counted from it, whenever staff look or pay out), or null for a request made today.
   */
  public WithdrawalTerms of(Member member, LocalDate leavingOn) {
    Yen shares = Yen.ZERO;
    Yen emoney = Yen.ZERO;
    for (var e : enrollments.paidOf(List.of(member.id()))) {
      for (EnrollmentLine line : e.lines()) {
        if (line.kind() == ProductKind.SHARE) {
          shares = shares.plus(line.amount());
        } else if (line.kind() == ProductKind.DEPOSIT || line.kind() == ProductKind.MEAL_PLAN) {
          emoney = emoney.plus(line.amount());
        }
      }
    }
    // Once the wallet has started, what it holds (points aside); before, what the enrollment
    // prepaid, which the wallet would credit at activation.
    Optional<Wallet> wallet =
        wallets.findByMember(member.id()).filter(w -> w.status() != WalletStatus.INACTIVE);
    LocalDate today = LocalDate.now(clock.withZone(CoopTime.ZONE));
    WithdrawalSchedule schedule = WithdrawalSchedule.of(today, member.coop().withdrawalDeadline());
    WithdrawalTerms.MealLeaving meal = null;
    if (wallet.isPresent()) {
      List<LedgerAccount> purses = wallets.purses(wallet.get().id());
      emoney =
          purses.stream()
              .filter(a -> a.purse() != Purse.POINTS && a.purse() != Purse.MEAL)
              .map(LedgerAccount::balance)
              .reduce(Yen.ZERO, Yen::plus);
      Yen mealBalance =
          purses.stream()
              .filter(a -> a.purse() == Purse.MEAL)
              .map(LedgerAccount::balance)
              .findFirst()
              .orElse(Yen.ZERO);
      meal =
          mealLeaving(
              member,
              wallet.get(),
              mealBalance,
              leavingOn != null ? leavingOn : schedule.effectiveOn());
      emoney = emoney.plus(meal == null ? mealBalance : meal.refund());
    }
    return new WithdrawalTerms(
        member.id(),
        member.coop().name().ja(),
        member.status(),
        shares,
        emoney,
        member.coop().emoneyOnLeaving(),
        schedule.deadline(),
        schedule.effectiveOn(),
        schedule.late(),
        meal);
  }

  /**
   * The plan whose rule settles MEAL when the membership ends ({@link MealPlan#settlingOnLeaving}),
   * under the co-op's rule; null when the wallet never held one (MEAL is then e-money like the
   * rest).
   */
  private WithdrawalTerms.MealLeaving mealLeaving(
      Member member, Wallet wallet, Yen balance, LocalDate lastDay) {
    MealRefundRule rule = member.coop().mealRefundRule();
    return MealPlan.settlingOnLeaving(
            mealPlans.holdings(wallet.id()).stream()
                .flatMap(h -> mealPlans.find(h.planId()).stream())
                .toList(),
            lastDay)
        .map(
            p ->
                new WithdrawalTerms.MealLeaving(
                    p.name(true), balance, p.refundOnLeaving(rule, balance, lastDay), rule))
        .orElse(null);
  }
}
