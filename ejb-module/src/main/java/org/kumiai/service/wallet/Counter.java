package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.MemberLanguages;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * The counter screen ({@code /staff/register}): the member shows an IC card or the card page's
 * code; staff take cash into the store's drawer and credit the chosen purse, within the co-op's
 * limits, with a receipt mail, or take a payment from the purses as a register would. The page's
 * key makes a double press one charge or one payment.
 */
@Stateless
@RolesAllowed("STAFF")
public class Counter {

  @Inject private CoopRepository coops;
  @Inject private StaffScope scope;
  @Inject private Credentials credentials;
  @Inject private WalletRepository wallets;
  @Inject private KonbiniRepository slips;
  @Inject private SystemAccounts systemAccounts;
  @Inject private MemberRepository members;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private MemberLanguages languages;
  @Inject private AuditTrail audit;
  @Inject private PaymentPosting posting;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The wallet in front of the counter, to show its balances before taking the cash. */
  public WalletView find(String storeCode, String type, String value) {
    Store store = store(storeCode);
    // Found as a payment finds it, lock included: held only while these balances are read.
    return view(lockedWallet(store, type, value, clock.instant()));
  }

  public WalletView cash(
      String storeCode,
      String type,
      String value,
      String purse,
      long amount,
      String key,
      String ip) {
    Store store = store(storeCode);
    Instant now = clock.instant();
    Wallet wallet = lockedWallet(store, type, value, now);
    if (wallet.status() != WalletStatus.ACTIVE) {
      throw new WalletStateException(wallet.status());
    }
    String reference = "cash " + key;
    Optional<LedgerTransaction> earlier = wallets.findByReference(wallet.id(), reference);
    if (earlier.isPresent()) {
      // The same form sent again: the same charge. With another amount, staff would take that
      // cash for a charge already made of the first.
      if (earlier.get().amount().value() != amount) {
        throw new InvalidValueException("amount", "ALREADY_CHARGED");
      }
      return view(wallet);
    }
    Purse into;
    try {
      into = Purse.valueOf(purse == null ? "" : purse);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("purse", "NOT_CHOSEN");
    }
    Yen yen = Yen.of(Math.max(0, amount));
    Coop coop = store.coop();
    List<LedgerAccount> purses = wallets.purses(wallet.id());
    ChargeRules.check(
        into,
        yen,
        PaymentRules.balances(purses),
        slips.awaitingPayment(wallet.id(), null),
        coop.chargeMax(),
        coop.balanceMax());
    String staff = context.getCallerPrincipal().getName();
    wallets.store(
        LedgerTransaction.of(TransactionKind.CHARGE, coop.code(), now, now, staff)
            .wallet(wallet.id())
            .amount(yen)
            .reference(reference)
            .store(store.code(), null)
            .debit(systemAccounts.get(AccountKind.CASH_DRAWER, coop.code(), store.code()), yen)
            .credit(purses.stream().filter(a -> a.purse() == into).findFirst().orElseThrow(), yen)
            .post());
    WalletView after = view(wallet);
    Member member = members.find(wallet.memberId()).orElseThrow();
    Locale lang = languages.of(member.id());
    member
        .email()
        .ifPresent(
            to ->
                outbox.enqueueMail(
                    to.value(),
                    templates.render("wallet.charged.subject", lang, yen.formatted()),
                    templates.render(
                        "wallet.charged.body",
                        lang,
                        yen.formatted(),
                        templates.render("purse." + into.name(), lang),
                        after.balances().get(into).formatted(),
                        after.spendable().formatted())));
    audit.record(
        AuditAction.WALLET_CHARGED,
        staff,
        member.number().map(n -> n.value()).orElse("member " + member.id()),
        ip,
        "cash " + yen + " " + into + " at " + store.code());
    return after;
  }

  /**
   * A payment taken by staff at the counter, from the purses in the store kind's order with points,
   * as a register's would be; refused with the reason a register would get (suspended, not yet
   * activated, not enough e-money) and then nothing moves.
   */
  public CounterPayment pay(
      String storeCode,
      String type,
      String value,
      String category,
      long amount,
      String key,
      String ip) {
    Store store = store(storeCode);
    Instant now = clock.instant();
    Wallet wallet = lockedWallet(store, type, value, now);
    String reference = "counter " + key;
    Optional<LedgerTransaction> earlier = wallets.findByReference(wallet.id(), reference);
    if (earlier.isPresent()) {
      return CounterPayment.of(earlier.get(), wallets.purses(wallet.id()), true);
    }
    if (wallet.refusal().isPresent()) {
      throw new WalletStateException(wallet.status());
    }
    Category what;
    try {
      what = Category.valueOf(category == null ? "" : category);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("category", "NOT_CHOSEN");
    }
    if (amount <= 0) {
      throw new InvalidValueException("amount", "NOT_POSITIVE");
    }
    String staff = context.getCallerPrincipal().getName();
    LedgerTransaction payment =
        posting
            .pay(wallet, store, Yen.of(amount), what, List.of(), now, now, staff, reference)
            .payment();
    Member member = members.find(wallet.memberId()).orElseThrow();
    audit.record(
        AuditAction.WALLET_PAID_AT_COUNTER,
        staff,
        member.number().map(n -> n.value()).orElse("member " + member.id()),
        ip,
        "payment " + payment.id() + " " + Yen.of(amount) + " " + what + " at " + store.code());
    return CounterPayment.of(payment, wallets.purses(wallet.id()), false);
  }

  private Store store(String storeCode) {
    Store store =
        coops
            .findStore(storeCode == null ? "" : storeCode)
            .orElseThrow(() -> new CoopNotFoundException(storeCode));
    scope.coop(store.coop().code());
    return store;
  }

  private Wallet lockedWallet(Store store, String type, String value, Instant now) {
    Optional<Wallet> found = credentials.lockedWalletOf(type, value, store.coop().code(), now);
    return found.orElseThrow(
        () -> new InvalidValueException("credential", credentials.problem(type, value, now)));
  }

  private WalletView view(Wallet w) {
    return new WalletView(
        w.id(),
        w.memberId(),
        w.coopCode(),
        w.status(),
        PaymentRules.balances(wallets.purses(w.id())),
        w.activatedAt().orElse(null),
        w.suspendedAt().orElse(null),
        wallets.liveCardOf(w.id()).map(c -> c.uid()).orElse(null));
  }
}
