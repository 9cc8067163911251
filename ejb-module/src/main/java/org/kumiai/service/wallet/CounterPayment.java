package org.kumiai.service.wallet;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Side;

/**
 * A payment taken at the counter as the screen shows it: what each purse gave, the points earned,
 * the balances after; {@code repeated} when the page was sent twice and this is the first one.
 */
public record CounterPayment(
    long paymentId,
    Yen amount,
    Map<Purse, Yen> byPurse,
    Yen points,
    Map<Purse, Yen> balances,
    boolean repeated)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static CounterPayment of(LedgerTransaction payment, List<LedgerAccount> purses, boolean again) {
    Map<Long, Purse> purseOf =
        purses.stream().collect(Collectors.toMap(LedgerAccount::id, LedgerAccount::purse));
    Map<Purse, Yen> drawn = new EnumMap<>(Purse.class);
    for (LedgerEntry e : payment.entries()) {
      Purse p = purseOf.get(e.accountId());
      if (p != null && e.side() == Side.DEBIT) {
        drawn.merge(p, e.amount(), Yen::plus);
      }
    }
    return new CounterPayment(
        payment.id(),
        payment.amount(),
        drawn,
        payment.points(),
        PaymentRules.balances(purses),
        again);
  }
}
