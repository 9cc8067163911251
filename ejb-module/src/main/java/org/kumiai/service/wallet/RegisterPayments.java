package org.kumiai.service.wallet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.IdempotencyRecord;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Register;
import org.kumiai.domain.wallet.RegisterRepository;
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
  @Inject private PaymentPosting posting;
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
    Optional<Wallet> found =
        credentials.walletOf(cmd.credentialType(), cmd.credentialValue(), store.coop().code(), now);
    if (found.isEmpty()) {
      return RegisterAnswers.declined(
          credentials.problem(cmd.credentialType(), cmd.credentialValue(), now));
    }
    Wallet wallet = wallets.findForUpdate(found.get().id()).orElseThrow();
    Optional<String> refusal = wallet.refusal();
    if (refusal.isPresent()) {
      return RegisterAnswers.declined(refusal.get());
    }
    try {
      PaymentPosting.Paid paid =
          posting.pay(
              wallet,
              store,
              cmd.amount(),
              cmd.category(),
              cmd.items().stream()
                  .map(i -> new PaymentLine(i.code(), i.name(), i.quantity(), i.unitPrice()))
                  .toList(),
              occurredAt,
              now,
              actor(register),
              null);
      return RegisterAnswers.paid(paid);
    } catch (InsufficientFundsException e) {
      return RegisterAnswers.declined("INSUFFICIENT_FUNDS");
    }
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
    try {
      LedgerTransaction correction = posting.refund(payment, amount, reason, actor(register), now);
      return RegisterAnswers.refunded(
          correction, payment, PaymentRules.balances(wallets.purses(wallet.id())));
    } catch (InvalidValueException e) {
      return RegisterAnswers.invalid(Map.of(e.field(), e.reason()));
    }
  }

  private static String actor(Register register) {
    return "register " + register.storeCode() + "/" + register.registerCode();
  }
}
