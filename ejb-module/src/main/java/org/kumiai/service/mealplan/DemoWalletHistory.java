package org.kumiai.service.mealplan;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuRepository;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.IcCard;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.wallet.PaymentPosting;
import org.kumiai.service.wallet.SystemAccounts;

/**
 * One demo wallet's generated history, for {@link CafeteriaDemoHistory}: its holder's purchases
 * posted through {@link PaymentPosting} as a register's payments would be, each preceded, when the
 * purse could not cover it, by a cash charge at the store's machine three minutes before, so that
 * in time order no purse goes negative. A wallet's history is written whole in a transaction of its
 * own under the wallet's lock: a small unit of work keeps the start quick, and a wallet either has
 * all of it or none.
 */
@Stateless
public class DemoWalletHistory {

  /** What a member puts in a purse at a time, more when a purchase needs it. */
  private static final Map<Purse, Long> TOP_UP =
      Map.of(Purse.CAFETERIA, 5_000L, Purse.BASE, 3_000L);

  @Inject private CoopRepository coops;
  @Inject private WalletRepository wallets;
  @Inject private MenuRepository menus;
  @Inject private PaymentPosting posting;
  @Inject private SystemAccounts systemAccounts;

  /**
   * Writes the history of the active wallet whose card this is on the days [from, until), unless it
   * has one; returns how many transactions it wrote.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int write(
      String card, long seed, double lunchShare, LocalDate from, LocalDate until, Instant now) {
    Optional<Wallet> found =
        wallets
            .liveCard(card)
            .map(IcCard::walletId)
            .flatMap(wallets::findForUpdate)
            .filter(w -> w.refusal().isEmpty())
            .filter(w -> wallets.findByReference(w.id(), CafeteriaDemoHistory.REFERENCE).isEmpty());
    if (found.isEmpty()) {
      return 0;
    }
    Wallet locked = found.get();
    Map<StoreKind, Store> stores =
        coops.storesOf(coops.getCoop(locked.coopCode())).stream()
            .collect(Collectors.toMap(Store::kind, Function.identity(), (a, b) -> a));
    Map<String, MenuItem> menu =
        menus.menuOf(stores.get(StoreKind.CAFETERIA).code()).stream()
            .collect(Collectors.toMap(MenuItem::code, Function.identity()));
    DemoPurchases habits = new DemoPurchases(new Random(seed), menu, lunchShare);
    // What the history alone has put in and taken out of each purse, in time order.
    Map<Purse, Long> held = new EnumMap<>(Map.of(Purse.CAFETERIA, 0L, Purse.BASE, 0L));
    int written = 0;
    for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
      for (DemoPurchases.Purchase p : habits.on(day)) {
        Store store = stores.get(p.store());
        Instant at = p.at().atZone(CoopTime.ZONE).toInstant();
        if (store == null || !store.hours().isOpenAt(at)) {
          continue;
        }
        // The cafeteria draws on CAFETERIA before BASE; the shop and bookstore on BASE.
        Purse purse = p.store() == StoreKind.CAFETERIA ? Purse.CAFETERIA : Purse.BASE;
        long missing = p.amount().value() - held.get(purse);
        if (missing > 0) {
          long amount = Math.max(TOP_UP.get(purse), (missing + 999) / 1_000 * 1_000);
          charge(locked, store, purse, Yen.of(amount), at.minusSeconds(180), now);
          held.merge(purse, amount, Long::sum);
          written++;
        }
        posting.pay(
            locked,
            store,
            p.amount(),
            p.category(),
            p.lines(),
            at,
            now,
            "demo",
            CafeteriaDemoHistory.REFERENCE);
        held.merge(purse, -p.amount().value(), Long::sum);
        written++;
      }
    }
    return written;
  }

  /** Cash into a purse at the store, posted as a counter's cash charge is. */
  private void charge(Wallet locked, Store store, Purse into, Yen amount, Instant at, Instant now) {
    Coop coop = store.coop();
    List<LedgerAccount> purses = wallets.purses(locked.id());
    ChargeRules.check(
        into, amount, PaymentRules.balances(purses), Yen.ZERO, coop.chargeMax(), coop.balanceMax());
    wallets.store(
        LedgerTransaction.of(TransactionKind.CHARGE, coop.code(), at, now, "demo")
            .wallet(locked.id())
            .amount(amount)
            .reference(CafeteriaDemoHistory.REFERENCE)
            .store(store.code(), null)
            .debit(systemAccounts.get(AccountKind.CASH_DRAWER, coop.code(), store.code()), amount)
            .credit(
                purses.stream().filter(a -> a.purse() == into).findFirst().orElseThrow(), amount)
            .post());
  }
}
