package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.WalletRepository;

/**
 * A co-op's or store's own ledger accounts, made on first use in a transaction of their own under
 * the co-op's row lock: two first payments at a new store both ask for its sales account, one makes
 * it, and both then use that one — neither payment fails for it.
 */
@Stateless
public class SystemAccounts {

  @Inject private WalletRepository wallets;
  @Resource private SessionContext context;

  public LedgerAccount get(AccountKind kind, String coopCode, String storeCode) {
    return wallets
        .findSystemAccount(kind, coopCode, storeCode)
        .orElseGet(
            () -> {
              context.getBusinessObject(SystemAccounts.class).create(kind, coopCode, storeCode);
              return wallets.findSystemAccount(kind, coopCode, storeCode).orElseThrow();
            });
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(AccountKind kind, String coopCode, String storeCode) {
    if (wallets.findSystemAccount(kind, coopCode, storeCode).isEmpty()) {
      wallets.store(LedgerAccount.system(kind, coopCode, storeCode));
    }
  }
}
