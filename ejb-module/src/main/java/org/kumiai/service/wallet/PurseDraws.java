package org.kumiai.service.wallet;

import java.util.EnumMap;
import java.util.Map;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Side;

/** What a payment drew from each spendable purse, as member pages show "paid with". */
public final class PurseDraws {

  private PurseDraws() {}

  /** {@code purses} maps the wallet's purse accounts by id. */
  public static Map<Purse, Long> of(LedgerTransaction payment, Map<Long, Purse> purses) {
    Map<Purse, Long> drawn = new EnumMap<>(Purse.class);
    for (LedgerEntry e : payment.entries()) {
      Purse p = purses.get(e.accountId());
      if (p != null && p != Purse.POINTS && e.side() == Side.DEBIT) {
        drawn.merge(p, e.amount().value(), Long::sum);
      }
    }
    return drawn;
  }
}
