package org.kumiai.service.wallet;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.WalletRepository;

/**
 * Makes a co-op's or store's account on first use, in a transaction of its own, so the account
 * outlives a payment that rolls back and two first payments at a new store never fail for it
 * (should both make one, both then use the first, as {@code findSystemAccount} orders by id).
 */
@Stateless
public class SystemAccountOpening {

  @Inject private WalletRepository wallets;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(AccountKind kind, String coopCode, String storeCode) {
    if (wallets.findSystemAccount(kind, coopCode, storeCode).isEmpty()) {
      wallets.store(LedgerAccount.system(kind, coopCode, storeCode));
    }
  }
}
