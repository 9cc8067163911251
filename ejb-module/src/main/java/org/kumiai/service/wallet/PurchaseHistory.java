package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.membership.OwnMemberships;

/**
 * A member's purchases at the co-op's shops and bookstores (REQUIREMENTS §5, seed 003 購入履歴), month
 * by month: each with its items as the register sent them, the purses it was paid from, the points
 * it earns after any refunds and what refunds gave back.
 */
@Stateless
@RolesAllowed("MEMBER")
public class PurchaseHistory {

  /** More purchases than a month holds for anyone; the page says so if it is reached. */
  static final int MONTH_MAX = 300;

  @Inject private WalletRepository wallets;
  @Inject private CoopRepository coops;
  @Inject private OwnMemberships ownMemberships;
  @Resource private SessionContext context;

  /** A purchase as the page shows it. */
  public record Purchase(
      long id,
      Instant occurredAt,
      LocalizedText store,
      StoreKind storeKind,
      long amount,
      long refunded,
      long points,
      Map<Purse, Long> paidWith,
      List<HistoryRow.Item> items)
      implements Serializable {}

  /** A month's purchases, newest first; {@code more} when there were more than the page holds. */
  public record Month(YearMonth month, List<Purchase> purchases, boolean more)
      implements Serializable {

    public long total() {
      return purchases.stream().mapToLong(p -> p.amount() - p.refunded()).sum();
    }
  }

  public Month month(long memberId, YearMonth month) {
    Member member = ownMemberships.get(context.getCallerPrincipal().getName(), memberId);
    Wallet wallet = wallets.findByMember(member.id()).orElse(null);
    if (wallet == null) {
      return new Month(month, List.of(), false);
    }
    Map<String, Store> stores =
        coops.storesOf(coops.getCoop(member.coop().code())).stream()
            .filter(s -> s.kind() == StoreKind.SHOP || s.kind() == StoreKind.BOOKSTORE)
            .collect(Collectors.toMap(Store::code, Function.identity()));
    Map<Long, Purse> purses =
        wallets.purses(wallet.id()).stream()
            .collect(Collectors.toMap(LedgerAccount::id, LedgerAccount::purse));
    List<LedgerTransaction> found =
        wallets.payments(
            wallet.id(),
            stores.keySet(),
            month.atDay(1).atStartOfDay(CoopTime.ZONE).toInstant(),
            month.plusMonths(1).atDay(1).atStartOfDay(CoopTime.ZONE).toInstant(),
            0,
            MONTH_MAX + 1);
    List<Purchase> purchases =
        found.stream()
            .limit(MONTH_MAX)
            .map(
                t -> {
                  Store store = stores.get(t.storeCode().orElseThrow());
                  List<LedgerTransaction> refunds = wallets.correctionsOf(t.id());
                  return new Purchase(
                      t.id(),
                      t.occurredAt(),
                      store.name(),
                      store.kind(),
                      t.amount().value(),
                      refunds.stream().mapToLong(c -> c.amount().value()).sum(),
                      // The points the purchase still earns: a refund took its part back.
                      t.points().value()
                          - refunds.stream().mapToLong(c -> c.points().value()).sum(),
                      PurseDraws.of(t, purses),
                      t.lines().stream()
                          .map(
                              l ->
                                  new HistoryRow.Item(
                                      l.code(), l.name(), l.quantity(), l.unitPrice().value()))
                          .toList());
                })
            .toList();
    return new Month(month, purchases, found.size() > MONTH_MAX);
  }
}
