package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.IdempotencyRecord;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.RegisterRepository;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.coop.StoreCache;

/**
 * The register API's use cases (REQUIREMENTS §4): a payment from a member's purses in the store
 * kind's order, with points, all or nothing; a refund of part or all of one. Each runs in one JTA
 * transaction that also writes the idempotency record with its answer, so a retried request with
 * the same key replays the first answer (or is refused as a conflict when the request differs), and
 * of two concurrent ones only the first commits: the other's record collides with it on the key,
 * the whole of the other rolls back and the caller replays the first's answer. One key, one
 * payment; the record is written with the rest of the work, not as a statement of its own before
 * it: a payment's in the same round trip as its ledger rows ({@link PaymentStatements}), a refund's
 * in JPA's batch at commit (README "Benchmarks").
 */
@Stateless
public class RegisterPayments {

  /** A register's clock may be a little ahead; more than this is a wrong time, not skew. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * How long a register may have queued a payment while offline: a week's closure or a long weekend
   * still uploads; anything older is a wrong clock or a lost queue, and would land in a month staff
   * have already reported on.
   */
  private static final Duration QUEUED_AT_MOST = Duration.ofDays(7);

  @Inject private RegisterRepository registers;
  @Inject private WalletRepository wallets;
  @Inject private PaymentPosting posting;
  @Inject private StoreCache stores;
  @Inject private Credentials credentials;
  @Inject private Clock clock;
  @Inject private PaymentStatements statements;

  @Resource(lookup = "java:app/jdbc/kumiai")
  private DataSource database;

  /**
   * How long a register's answer is kept for replay: the contract's 24 hours at least, and as long
   * as a queued payment may be uploaded and a day more, so a register that uploads its queue, loses
   * the replies and sends it again after a day still gets the first answers instead of paying
   * twice.
   */
  private static final Duration REPLAYED_FOR = QUEUED_AT_MOST.plusDays(1);

  /** Drops answers past the time they are replayed for; called by the housekeeping timer. */
  public int forgetOldAnswers() {
    return registers.forgetAnswers(clock.instant().minus(REPLAYED_FOR));
  }

  /** The stored answer to this key, if any: replayed, or a conflict when the request differs. */
  public Optional<ApiAnswer> replay(RegisterView register, String key, String requestHash) {
    return registers.findAnswer(register.id(), key).map(r -> replayed(r, requestHash));
  }

  private static ApiAnswer replayed(IdempotencyRecord record, String requestHash) {
    return record.sameRequest(requestHash)
        ? new ApiAnswer(record.status(), record.body())
        : RegisterAnswers.conflict();
  }

  /**
   * A payment in three round trips to the database ({@link PaymentStatements}): one reads the key's
   * stored answer, locks the wallet and reads its purses; one writes the payment with its answer;
   * then the commit. More only at a cafeteria for a wallet that holds a meal plan (the day's cap,
   * read through JPA) and, once every 50 payments, for a block of ids. A refusal stores its answer
   * alone.
   */
  public ApiAnswer pay(RegisterView register, String key, String requestHash, PaymentCommand cmd) {
    Instant now = clock.instant();
    Instant occurredAt = cmd.occurredAt() == null ? now : cmd.occurredAt();
    Map<String, String> invalid = invalid(register, cmd, occurredAt, now);
    List<PaymentLine> lines =
        cmd.items().stream()
            .map(i -> new PaymentLine(i.code(), i.name(), i.quantity(), i.unitPrice()))
            .toList();
    // The connection is taken before anything in this transaction reads through JPA (the store,
    // a system account, a meal plan, the card key), which then shares it. Taken after a JPA read,
    // the two were at times two connections on PostgreSQL, one left open with its locks that
    // nothing committed, and the benchmark hung on them (README "Benchmarks"; compare Payara
    // issue 1490, two handles in one transaction).
    try (Connection c = database.getConnection()) {
      Store store = stores.find(register.storeCode()).orElseThrow();
      Optional<Credentials.Holder> holder =
          invalid.isEmpty()
              ? credentials.holderOf(cmd.credentialType(), cmd.credentialValue(), occurredAt)
              : Optional.empty();
      PaymentStatements.Found found = statements.find(c, register.id(), key, holder, store, lines);
      if (found.stored().isPresent()) {
        return replayed(found.stored().get(), requestHash);
      }
      ApiAnswer answer;
      Optional<PaymentStatements.WalletRow> wallet =
          found.wallet().filter(w -> w.coopCode().equals(store.coop().code()));
      if (!invalid.isEmpty()) {
        answer = RegisterAnswers.invalid(invalid);
      } else if (wallet.isEmpty()) {
        answer =
            RegisterAnswers.declined(
                credentials.problem(cmd.credentialType(), cmd.credentialValue(), occurredAt));
      } else if (wallet.get().status().refusal().isPresent()) {
        answer = RegisterAnswers.declined(wallet.get().status().refusal().get());
      } else {
        Optional<ApiAnswer> paid =
            payFrom(
                c,
                wallet.get().id(),
                found,
                store,
                register,
                key,
                requestHash,
                cmd,
                occurredAt,
                now);
        if (paid.isPresent()) {
          return paid.get();
        }
        answer = RegisterAnswers.declined("INSUFFICIENT_FUNDS");
      }
      statements.remember(
          c, new PaymentStatements.Answer(register.id(), key, requestHash, answer, now));
      return answer;
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The payment written with its answer, or empty when the purses cannot cover it. */
  private Optional<ApiAnswer> payFrom(
      Connection c,
      long walletId,
      PaymentStatements.Found found,
      Store store,
      RegisterView register,
      String key,
      String requestHash,
      PaymentCommand cmd,
      Instant occurredAt,
      Instant now)
      throws SQLException {
    List<LedgerAccount> purses = found.purses();
    Map<Long, Long> before = new HashMap<>();
    purses.forEach(p -> before.put(p.id(), p.balance().value()));
    PaymentPosting.Paid paid;
    try {
      paid =
          posting.post(
              statements.nextTransactionId(c),
              walletId,
              purses,
              store,
              cmd.amount(),
              cmd.category(),
              found.lines(),
              found.holdsMealPlan() ? posting.mealCap(store, purses, occurredAt) : null,
              occurredAt,
              now,
              actor(register),
              null);
    } catch (InsufficientFundsException e) {
      return Optional.empty();
    }
    ApiAnswer answer = RegisterAnswers.paid(paid);
    statements.write(
        c,
        paid.payment(),
        purses,
        before,
        new PaymentStatements.Answer(register.id(), key, requestHash, answer, now));
    return Optional.of(answer);
  }

  private ApiAnswer remembered(
      RegisterView register, String key, String requestHash, Instant now, ApiAnswer answer) {
    registers.remember(
        new IdempotencyRecord(
            register.id(), key, requestHash, answer.status(), answer.body(), now));
    return answer;
  }

  /** What is wrong with a payment request before any wallet is looked at, by field. */
  private static Map<String, String> invalid(
      RegisterView register, PaymentCommand cmd, Instant occurredAt, Instant now) {
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
    if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
      invalid.put("occurredAt", "IN_FUTURE");
    } else if (occurredAt.isBefore(now.minus(QUEUED_AT_MOST))) {
      invalid.put("occurredAt", "TOO_OLD");
    }
    return invalid;
  }

  /**
   * Gives back part or all of a payment made at this register's store: the purses it drew from get
   * it back, the last-drawn first, and the points earned on that part go back (points the member
   * has exchanged meanwhile are kept back from it, a yen a point: {@code pointsDeducted}). The
   * whole of a payment not yet refunded is a reversal, the exact mirror of its entries.
   */
  public ApiAnswer refund(
      RegisterView register,
      String key,
      String requestHash,
      long paymentId,
      Yen amount,
      String reason) {
    Optional<ApiAnswer> earlier = replay(register, key, requestHash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = clock.instant();
    return remembered(
        register, key, requestHash, now, refundOnce(register, paymentId, amount, reason, now));
  }

  private ApiAnswer refundOnce(
      RegisterView register, long paymentId, Yen amount, String reason, Instant now) {
    Optional<LedgerTransaction> found = wallets.findTransaction(paymentId);
    if (found.isEmpty()
        || found.get().kind() != TransactionKind.PAYMENT
        || !found.get().storeCode().orElse("").equals(register.storeCode())) {
      return RegisterAnswers.notFound("UNKNOWN_PAYMENT");
    }
    LedgerTransaction payment = found.get();
    Wallet wallet = wallets.findForUpdate(payment.walletId().orElseThrow()).orElseThrow();
    try {
      wallet.checkRefundable();
      PaymentPosting.Refund refund = posting.refund(payment, amount, reason, actor(register), now);
      return RegisterAnswers.refunded(
          refund, payment, PaymentRules.balances(wallets.purses(wallet.id())));
    } catch (InvalidValueException e) {
      return RegisterAnswers.invalid(Map.of(e.field(), e.reason()));
    } catch (WalletStateException e) {
      return RegisterAnswers.walletClosed();
    }
  }

  private static String actor(RegisterView register) {
    return "register " + register.storeCode() + "/" + register.registerCode();
  }
}
