package org.kumiai.service.wallet;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStatus;

/** A wallet as its pages show it: status, every purse's balance, the linked IC card. */
public record WalletView(
    long walletId,
    long memberId,
    String coopCode,
    WalletStatus status,
    Map<Purse, Yen> balances,
    Instant activatedAt,
    Instant suspendedAt,
    String cardUid)
    implements Serializable {

  /** E-money the member can spend: every purse but points. */
  public Yen spendable() {
    return PaymentRules.spendable(balances);
  }

  public Yen balance(String purse) {
    return balances.getOrDefault(Purse.valueOf(purse), Yen.ZERO);
  }
}
