package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.AutoChargeRepository;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.KonbiniSlip;
import org.kumiai.domain.wallet.LeavingRefund;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStatus;

/**
 * The end of a wallet when its membership ends, in the caller's transaction (the withdrawal's
 * payout): every purse is emptied by one CLOSURE transaction — what the co-op gives back goes to
 * REFUNDS, paid out with the share capital, the rest (points, and e-money the co-op's rules keep)
 * to FORFEITED — and the wallet is closed: no payment, charge or resume any more, its IC card
 * unlinked, its auto-charge off, its live convenience-store slips voided. Without this the refunded
 * e-money could still be spent.
 */
@ApplicationScoped
public class WalletClosures {

  @Inject private WalletRepository wallets;
  @Inject private AutoChargeRepository settings;
  @Inject private KonbiniRepository slips;
  @Inject private SystemAccounts systemAccounts;

  /** What a closure did with the money the purses held. */
  public record Closed(Yen refunded, Yen forfeited) {}

  /**
   * Closes the member's wallet, if it has one not closed already. {@code refundsEmoney}: whether
   * the co-op gives e-money back when a member leaves (otherwise it had to be spent by then);
   * {@code mealRefund}: what it gives back of the MEAL purse under its meal plan rule (at most the
   * purse), or empty to give back all of it, as for a MEAL purse with no plan held.
   */
  public Optional<Closed> close(
      long memberId,
      boolean refundsEmoney,
      Optional<Yen> mealRefund,
      String reference,
      String actor,
      Instant now) {
    Optional<Wallet> found =
        wallets.findByMember(memberId).flatMap(w -> wallets.findForUpdate(w.id()));
    if (found.isEmpty() || found.get().status() == WalletStatus.CLOSED) {
      return Optional.empty();
    }
    Wallet wallet = found.get();
    List<LedgerAccount> purses = wallets.purses(wallet.id());
    long held = 0;
    long refunded = 0;
    LedgerTransaction.Builder closure =
        LedgerTransaction.of(TransactionKind.CLOSURE, wallet.coopCode(), now, now, actor)
            .wallet(wallet.id())
            .reference(reference);
    for (LedgerAccount purse : purses) {
      long balance = purse.balance().value();
      held += balance;
      closure.debit(purse, purse.balance());
      refunded +=
          LeavingRefund.of(purse.purse(), purse.balance(), refundsEmoney, mealRefund).value();
    }
    Closed closed = new Closed(Yen.of(refunded), Yen.of(held - refunded));
    if (held > 0) {
      closure
          .amount(Yen.of(held))
          .credit(
              systemAccounts.get(AccountKind.REFUNDS, wallet.coopCode(), null), closed.refunded())
          .credit(
              systemAccounts.get(AccountKind.FORFEITED, wallet.coopCode(), null),
              closed.forfeited());
      wallets.store(closure.post());
    }
    wallet.close();
    wallets.liveCardOf(wallet.id()).ifPresent(card -> card.unlink(now));
    settings.findAutoCharge(wallet.id()).ifPresent(rule -> rule.turnOff(now));
    slips.ofWallet(wallet.id()).forEach(KonbiniSlip::voidIt);
    return Optional.of(closed);
  }
}
