package org.kumiai.service.wallet;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuRepository;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Side;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.mealplan.MealCaps;

/**
 * Posts a payment and its refunds on the ledger, whoever asks: a register over the API or staff at
 * the counter screen. The caller holds the wallet's row lock and the JTA transaction, so a payment
 * is all or nothing and never races another on the same purses. A plain CDI bean, not an EJB, so a
 * refusal reaches the caller as it is thrown and the caller decides whether it rolls back (the
 * register API stores its 4xx answers for replay).
 */
@Dependent
public class PaymentPosting {

  @Inject private WalletRepository wallets;
  @Inject private SystemAccounts systemAccounts;
  @Inject private CoopRepository coops;
  @Inject private MealCaps mealCaps;
  @Inject private MenuRepository menus;

  /**
   * A posted payment: the purses it drew from, the points it earned, the balances after and, at a
   * cafeteria when the wallet holds a meal plan, what is left of the day's MEAL cap (else null).
   */
  public record Paid(
      LedgerTransaction payment,
      Map<Purse, Yen> draws,
      Yen points,
      Map<Purse, Yen> balances,
      Yen mealCapLeft) {}

  /**
   * Pays {@code amount} at {@code store} from the locked wallet's purses in the store kind's order,
   * earning points at the co-op's rate; throws {@link InsufficientFundsException} and writes
   * nothing when the purses cannot cover it.
   */
  public Paid pay(
      Wallet locked,
      Store store,
      Yen amount,
      Category category,
      List<PaymentLine> lines,
      Instant occurredAt,
      Instant now,
      String actor,
      String reference) {
    List<LedgerAccount> purses = wallets.purses(locked.id());
    Paid paid =
        post(
            null,
            locked.id(),
            purses,
            store,
            amount,
            category,
            store.kind() == StoreKind.CAFETERIA ? snapshots(store, lines) : lines,
            mealCap(store, purses, occurredAt),
            occurredAt,
            now,
            actor,
            reference);
    wallets.store(paid.payment());
    return paid;
  }

  /**
   * What is left of the day's MEAL cap at a cafeteria for a wallet that holds a meal plan (zero
   * when none of its plans is of that academic year); null anywhere else, MEAL then unused.
   */
  Yen mealCap(Store store, List<LedgerAccount> purses, Instant at) {
    if (store.kind() != StoreKind.CAFETERIA) {
      return null;
    }
    LedgerAccount meal =
        purses.stream().filter(p -> p.purse() == Purse.MEAL).findFirst().orElseThrow();
    return mealCaps.at(store.coop(), meal, at).map(MealCaps.Allowance::remaining).orElse(null);
  }

  /**
   * The payment {@link #pay} makes, posted on {@code purses} (the locked wallet's, their balances
   * moved in memory) but not stored: the register API writes it itself ({@link PaymentStatements}),
   * numbered {@code id}; null lets JPA number it when stored. {@code lines} carry the menu's
   * nutrition at a cafeteria already; {@code mealCap} as {@link #mealCap} gives.
   */
  Paid post(
      Long id,
      long walletId,
      List<LedgerAccount> purses,
      Store store,
      Yen amount,
      Category category,
      List<PaymentLine> lines,
      Yen mealCap,
      Instant occurredAt,
      Instant now,
      String actor,
      String reference) {
    Coop coop = store.coop();
    Map<Purse, LedgerAccount> byPurse =
        purses.stream().collect(Collectors.toMap(LedgerAccount::purse, Function.identity()));
    Map<Purse, Yen> draws =
        PaymentRules.draw(
            PaymentRules.balances(purses), PaymentRules.order(store.kind()), amount, mealCap);
    int rate = coop.pointsBasisPoints(category == Category.BOOK);
    Yen points = PaymentRules.points(amount, rate);
    LedgerTransaction.Builder txn =
        LedgerTransaction.of(TransactionKind.PAYMENT, coop.code(), occurredAt, now, actor)
            .wallet(walletId)
            .store(store.code(), category)
            .amount(amount)
            .points(points, rate)
            .reference(reference)
            .lines(lines);
    if (id != null) {
      txn.id(id);
    }
    draws.forEach((purse, yen) -> txn.debit(byPurse.get(purse), yen));
    txn.credit(systemAccounts.get(AccountKind.SALES, coop.code(), store.code()), amount);
    if (points.value() > 0) {
      txn.debit(systemAccounts.get(AccountKind.POINTS_EXPENSE, coop.code(), null), points);
      txn.credit(byPurse.get(Purse.POINTS), points);
    }
    LedgerTransaction payment = txn.post();
    Yen mealCapLeft =
        mealCap == null
            ? null
            : Yen.of(mealCap.value() - draws.getOrDefault(Purse.MEAL, Yen.ZERO).value());
    return new Paid(payment, draws, points, PaymentRules.balances(purses), mealCapLeft);
  }

  /** The lines with the nutrition the cafeteria's menu gives their items now. */
  private List<PaymentLine> snapshots(Store store, List<PaymentLine> lines) {
    if (lines.isEmpty()) {
      return lines;
    }
    Map<String, MenuItem> menu =
        menus.items(store.code(), lines.stream().map(PaymentLine::code).distinct().toList());
    return PaymentLine.withMenu(
        lines,
        menu.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> PaymentLine.MenuSnapshot.of(e.getValue()))));
  }

  /** What of a payment is left to refund, in yen. */
  public long refundable(LedgerTransaction payment) {
    return payment.amount().value()
        - wallets.correctionsOf(payment.id()).stream().mapToLong(t -> t.amount().value()).sum();
  }

  /**
   * A posted refund, and the yen kept back from it for points it takes back that the member had
   * already exchanged for e-money (zero unless they had).
   */
  public record Refund(LedgerTransaction transaction, Yen pointsDeducted) {}

  /**
   * Gives back part or all of a payment (the caller holds its wallet's lock): the purses it drew
   * from get it back, the last-drawn first, and the points earned on that part go back. Points the
   * member has exchanged meanwhile are no longer in the POINTS purse: they are kept back from the
   * refund instead, a yen a point, as a shop takes spent points off a return. The whole of a
   * payment not yet refunded, its points all still held, is a reversal, the exact mirror of its
   * entries. Throws {@link InvalidValueException} on {@code amount} when more than what is left is
   * asked for.
   */
  public Refund refund(
      LedgerTransaction payment, Yen amount, String reason, String actor, Instant now) {
    List<LedgerTransaction> earlier = wallets.correctionsOf(payment.id());
    long refunded = earlier.stream().mapToLong(t -> t.amount().value()).sum();
    long pointsBack = earlier.stream().mapToLong(t -> t.points().value()).sum();
    long remaining = payment.amount().value() - refunded;
    if (amount.value() <= 0) {
      throw new InvalidValueException("amount", "NOT_POSITIVE");
    }
    if (amount.value() > remaining) {
      throw new InvalidValueException(
          "amount", remaining == 0 ? "ALREADY_REFUNDED" : "MORE_THAN_PAID");
    }
    Map<Long, LedgerAccount> accounts = new HashMap<>();
    wallets
        .accounts(payment.entries().stream().map(LedgerEntry::accountId).toList())
        .forEach(a -> accounts.put(a.id(), a));
    long pointsHeld =
        accounts.values().stream()
            .filter(a -> a.purse() == Purse.POINTS)
            .mapToLong(a -> a.balance().value())
            .sum();
    Refund refund =
        earlier.isEmpty()
                && amount.equals(payment.amount())
                && payment.points().value() <= pointsHeld
            ? new Refund(payment.reverse(accounts, now, actor, reason), Yen.ZERO)
            : partialRefund(
                payment, earlier, accounts, amount, remaining, pointsBack, reason, actor, now);
    wallets.store(refund.transaction());
    return refund;
  }

  private Refund partialRefund(
      LedgerTransaction payment,
      List<LedgerTransaction> earlier,
      Map<Long, LedgerAccount> accounts,
      Yen amount,
      long remaining,
      long pointsBackSoFar,
      String reason,
      String actor,
      Instant now) {
    String coop = payment.coopCode();
    boolean books = payment.category().orElse(null) == Category.BOOK;
    // At the rate the payment earned: the co-op may have changed its rates since.
    int rate =
        payment.pointsBasisPoints().orElseGet(() -> coops.getCoop(coop).pointsBasisPoints(books));
    long keep = PaymentRules.points(Yen.of(remaining - amount.value()), rate).value();
    long pointsBack = Math.max(0, payment.points().value() - pointsBackSoFar - keep);
    LedgerAccount pointsPurse =
        accounts.values().stream().filter(a -> a.purse() == Purse.POINTS).findFirst().orElse(null);
    long deducted =
        pointsPurse == null ? 0 : Math.max(0, pointsBack - pointsPurse.balance().value());
    LedgerTransaction.Builder txn =
        LedgerTransaction.of(TransactionKind.REFUND, coop, now, now, actor)
            .wallet(payment.walletId().orElseThrow())
            .store(payment.storeCode().orElse(null), payment.category().orElse(null))
            .reversalOf(payment.id())
            .reference(reason)
            .amount(amount)
            .points(Yen.of(pointsBack));
    // Back to the purses the payment drew from, the last-drawn first (BASE before MEAL).
    List<LedgerEntry> drawn = new ArrayList<>();
    for (LedgerEntry e : payment.entries()) {
      LedgerAccount a = accounts.get(e.accountId());
      if (e.side() == Side.DEBIT && a.kind() == AccountKind.PURSE) {
        drawn.add(0, e);
      }
    }
    // What earlier refunds already gave back to each purse is not given twice.
    Map<Long, Long> given = new HashMap<>();
    for (LedgerTransaction t : earlier) {
      for (LedgerEntry e : t.entries()) {
        if (e.side() == Side.CREDIT) {
          given.merge(e.accountId(), e.amount().value(), Long::sum);
        }
      }
    }
    long left = amount.value() - deducted;
    for (LedgerEntry e : drawn) {
      long give = Math.min(left, e.amount().value() - given.getOrDefault(e.accountId(), 0L));
      if (give <= 0) {
        continue;
      }
      txn.credit(accounts.get(e.accountId()), Yen.of(give));
      left -= give;
      if (left == 0) {
        break;
      }
    }
    txn.debit(
        systemAccounts.get(AccountKind.SALES, coop, payment.storeCode().orElseThrow()), amount);
    if (pointsBack > 0) {
      txn.debit(pointsPurse, Yen.of(pointsBack - deducted));
      txn.credit(systemAccounts.get(AccountKind.POINTS_EXPENSE, coop, null), Yen.of(pointsBack));
    }
    return new Refund(txn.post(), Yen.of(deducted));
  }
}
