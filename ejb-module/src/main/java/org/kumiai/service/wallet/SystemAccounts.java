package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.WalletRepository;

/**
 * A co-op's or store's own ledger accounts. Once made, such an account never changes (it keeps no
 * balance) and is never deleted, so each is read once and remembered: a payment posts to two of
 * them and would otherwise query both every time (README "Benchmarks").
 */
@ApplicationScoped
public class SystemAccounts {

  private record Name(AccountKind kind, String coopCode, String storeCode) {}

  private final Map<Name, LedgerAccount> known = new ConcurrentHashMap<>();

  @Inject private WalletRepository wallets;
  @Inject private SystemAccountOpening opening;

  public LedgerAccount get(AccountKind kind, String coopCode, String storeCode) {
    Name name = new Name(kind, coopCode, storeCode);
    LedgerAccount account = known.get(name);
    if (account == null) {
      account =
          wallets
              .findSystemAccount(kind, coopCode, storeCode)
              .orElseGet(
                  () -> {
                    opening.open(kind, coopCode, storeCode);
                    return wallets.findSystemAccount(kind, coopCode, storeCode).orElseThrow();
                  });
      known.put(name, account);
    }
    return account;
  }
}
