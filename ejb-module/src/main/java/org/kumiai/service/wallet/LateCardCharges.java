package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;

/**
 * What card charges the acquirer answered only later share, whatever they paid for (a purse, a meal
 * plan): who settles them, and where their money goes when what it paid for can no longer take it.
 */
@ApplicationScoped
public class LateCardCharges {

  /** Who settles an unanswered charge, in the ledger and the audit log. */
  public static final String ACTOR = "card-charge timer";

  @Inject private WalletRepository wallets;
  @Inject private SystemAccounts systemAccounts;

  /**
   * The charge's money out of card clearing into the co-op's REFUNDS account, for staff to pay
   * back: the wallet was closed since, or already holds what the charge was to buy.
   */
  public void owedBack(Wallet wallet, Yen amount, String reference, Instant now) {
    wallets.store(
        LedgerTransaction.of(TransactionKind.CLOSURE, wallet.coopCode(), now, now, ACTOR)
            .wallet(wallet.id())
            .amount(amount)
            .reference(reference)
            .debit(systemAccounts.get(AccountKind.CARD_CLEARING, wallet.coopCode(), null), amount)
            .credit(systemAccounts.get(AccountKind.REFUNDS, wallet.coopCode(), null), amount)
            .post());
  }
}
