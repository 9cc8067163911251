package org.kumiai.service.wallet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.IdempotencyRecord;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Register;
import org.kumiai.domain.wallet.RegisterRepository;
import org.kumiai.domain.wallet.Side;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;

/**
 * The register API's use cases (REQUIREMENTS §4): a payment from a member's purses in the store
 * kind's order, with points, all or nothing; a refund of part or all of one. Each runs in one JTA
 * transaction that also holds the idempotency record, claimed first, so a retried or concurrent
 * request with the same key either waits and replays the first answer or is refused as a conflict:
 * one key, one payment.
 */
@Stateless
public class RegisterPayments {

  /** A register's clock may be a little ahead; more than this is a wrong time, not skew. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject private RegisterRepository registers;
  @Inject private WalletRepository wallets;
  @Inject private SystemAccounts systemAccounts;
  @Inject private CoopRepository coops;
  @Inject private Credentials credentials;
  @Inject private Clock clock;

  /** How long a register's answer is kept for replay. */
  private static final Duration REPLAYED_FOR = Duration.ofHours(24);

  /** Drops answers past the 24 hours they are replayed for; called by the housekeeping timer. */
  public int forgetOldAnswers() {
    return registers.forgetAnswers(clock.instant().minus(REPLAYED_FOR));
  }

  /** The stored answer to this key, if any: replayed, or a conflict when the request differs. */
  public Optional<ApiAnswer> replay(long registerId, String key, String requestHash) {
    return registers
        .findAnswer(registerId, key)
        .map(
            r ->
                r.sameRequest(requestHash)
                    ? new ApiAnswer(r.status(), r.body())
                    : RegisterAnswers.conflict());
  }

  public ApiAnswer pay(long registerId, String key, String requestHash, PaymentCommand cmd) {
    Optional<ApiAnswer> earlier = replay(registerId, key, requestHash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = clock.instant();
    IdempotencyRecord record = new IdempotencyRecord(registerId, key, requestHash, 0, "{}", now);
    registers.claim(record);
    ApiAnswer answer = payClaimed(registers.find(registerId).orElseThrow(), cmd, now);
    record.answer(answer.status(), answer.body());
    return answer;
  }

  private ApiAnswer payClaimed(Register register, PaymentCommand cmd, Instant now) {
    Map<String, String> invalid = new LinkedHashMap<>();
    if (!register.storeCode().equals(cmd.storeCode())) {
      invalid.put("storeCode", "NOT_THIS_REGISTERS_STORE");
    }
    if (!register.registerCode().equals(cmd.registerId())) {
      invalid.put("registerId", "NOT_THIS_KEYS_REGISTER");
    }
    if (!cmd.items().isEmpty()) {
      Yen sum =
          cmd.items().stream()
              .map(i -> i.unitPrice().times(i.quantity()))
              .reduce(Yen.ZERO, Yen::plus);
      if (!sum.equals(cmd.amount())) {
        invalid.put("items", "TOTAL_IS_NOT_AMOUNT");
      }
    }
    Instant occurredAt = cmd.occurredAt() == null ? now : cmd.occurredAt();
    if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
      invalid.put("occurredAt", "IN_FUTURE");
    }
    if (!invalid.isEmpty()) {
      return RegisterAnswers.invalid(invalid);
    }
    Store store = coops.findStore(register.storeCode()).orElseThrow();
    Coop coop = store.coop();
    Optional<Wallet> found =
        credentials.walletOf(cmd.credentialType(), cmd.credentialValue(), coop.code(), now);
    if (found.isEmpty()) {
      return RegisterAnswers.declined(
          credentials.problem(cmd.credentialType(), cmd.credentialValue(), now));
    }
    Wallet wallet = wallets.findForUpdate(found.get().id()).orElseThrow();
    Optional<String> refusal = wallet.refusal();
    if (refusal.isPresent()) {
      return RegisterAnswers.declined(refusal.get());
    }
    List<LedgerAccount> purses = wallets.purses(wallet.id());
    Map<Purse, LedgerAccount> byPurse =
        purses.stream().collect(Collectors.toMap(LedgerAccount::purse, Function.identity()));
    Map<Purse, Yen> draws;
    try {
      draws =
          PaymentRules.draw(
              PaymentRules.balances(purses), PaymentRules.order(store.kind()), cmd.amount(), null);
    } catch (InsufficientFundsException e) {
      return RegisterAnswers.declined("INSUFFICIENT_FUNDS");
    }
    Yen points =
        PaymentRules.points(cmd.amount(), coop.pointsBasisPoints(cmd.category() == Category.BOOK));
    LedgerTransaction.Builder txn =
        LedgerTransaction.of(TransactionKind.PAYMENT, coop.code(), occurredAt, now, actor(register))
            .wallet(wallet.id())
            .store(store.code(), cmd.category())
            .amount(cmd.amount())
            .points(points)
            .lines(
                cmd.items().stream()
                    .map(i -> new PaymentLine(i.code(), i.name(), i.quantity(), i.unitPrice()))
                    .toList());
    draws.forEach((purse, amount) -> txn.debit(byPurse.get(purse), amount));
    txn.credit(systemAccounts.get(AccountKind.SALES, coop.code(), store.code()), cmd.amount());
    if (points.value() > 0) {
      txn.debit(systemAccounts.get(AccountKind.POINTS_EXPENSE, coop.code(), null), points);
      txn.credit(byPurse.get(Purse.POINTS), points);
    }
    LedgerTransaction payment = txn.post();
    wallets.store(payment);
    return RegisterAnswers.paid(payment, draws, points, PaymentRules.balances(purses));
  }

  /**
   * Gives back part or all of a payment made at this register's store: the purses it drew from get
   * it back, the last-drawn first, and the points earned on that part go back. The whole of a
   * payment not yet refunded is a reversal, the exact mirror of its entries.
   */
  public ApiAnswer refund(
      long registerId, String key, String requestHash, long paymentId, Yen amount, String reason) {
    Optional<ApiAnswer> earlier = replay(registerId, key, requestHash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = clock.instant();
    IdempotencyRecord record = new IdempotencyRecord(registerId, key, requestHash, 0, "{}", now);
    registers.claim(record);
    Register register = registers.find(registerId).orElseThrow();
    ApiAnswer answer = refundClaimed(register, paymentId, amount, reason, now);
    record.answer(answer.status(), answer.body());
    return answer;
  }

  private ApiAnswer refundClaimed(
      Register register, long paymentId, Yen amount, String reason, Instant now) {
    Optional<LedgerTransaction> found = wallets.findTransaction(paymentId);
    if (found.isEmpty()
        || found.get().kind() != TransactionKind.PAYMENT
        || !found.get().storeCode().orElse("").equals(register.storeCode())) {
      return RegisterAnswers.notFound("UNKNOWN_PAYMENT");
    }
    LedgerTransaction payment = found.get();
    Wallet wallet = wallets.findForUpdate(payment.walletId().orElseThrow()).orElseThrow();
    List<LedgerTransaction> earlier = wallets.correctionsOf(paymentId);
    long refunded = earlier.stream().mapToLong(t -> t.amount().value()).sum();
    long pointsBack = earlier.stream().mapToLong(t -> t.points().value()).sum();
    long remaining = payment.amount().value() - refunded;
    if (amount.value() > remaining) {
      return RegisterAnswers.invalid(
          Map.of("amount", remaining == 0 ? "ALREADY_REFUNDED" : "MORE_THAN_PAID"));
    }
    Map<Long, LedgerAccount> accounts = new HashMap<>();
    wallets
        .accounts(payment.entries().stream().map(LedgerEntry::accountId).toList())
        .forEach(a -> accounts.put(a.id(), a));
    LedgerTransaction correction;
    if (earlier.isEmpty() && amount.equals(payment.amount())) {
      correction = payment.reverse(accounts, now, actor(register), reason);
    } else {
      correction =
          partialRefund(payment, accounts, amount, remaining, pointsBack, reason, register, now);
    }
    wallets.store(correction);
    return RegisterAnswers.refunded(
        correction, payment, PaymentRules.balances(wallets.purses(wallet.id())));
  }

  private LedgerTransaction partialRefund(
      LedgerTransaction payment,
      Map<Long, LedgerAccount> accounts,
      Yen amount,
      long remaining,
      long pointsBackSoFar,
      String reason,
      Register register,
      Instant now) {
    String coop = payment.coopCode();
    boolean books = payment.category().orElse(null) == Category.BOOK;
    Coop c = coops.getCoop(coop);
    long keep =
        PaymentRules.points(Yen.of(remaining - amount.value()), c.pointsBasisPoints(books)).value();
    long pointsBack = Math.max(0, payment.points().value() - pointsBackSoFar - keep);
    LedgerTransaction.Builder txn =
        LedgerTransaction.of(TransactionKind.REFUND, coop, now, now, actor(register))
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
    for (LedgerTransaction earlier : wallets.correctionsOf(payment.id())) {
      for (LedgerEntry e : earlier.entries()) {
        if (e.side() == Side.CREDIT) {
          given.merge(e.accountId(), e.amount().value(), Long::sum);
        }
      }
    }
    long left = amount.value();
    for (LedgerEntry e : drawn) {
      long returned = given.getOrDefault(e.accountId(), 0L);
      long give = Math.min(left, e.amount().value() - returned);
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
      LedgerAccount pointsPurse =
          accounts.values().stream()
              .filter(a -> a.purse() == Purse.POINTS)
              .findFirst()
              .orElseThrow();
      txn.debit(pointsPurse, Yen.of(pointsBack));
      txn.credit(systemAccounts.get(AccountKind.POINTS_EXPENSE, coop, null), Yen.of(pointsBack));
    }
    return txn.post();
  }

  private static String actor(Register register) {
    return "register " + register.storeCode() + "/" + register.registerCode();
  }
}
