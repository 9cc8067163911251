package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.UnansweredCardCharge;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.payment.CardGateway;
import org.kumiai.service.payment.CardResult;

/**
 * Charges (自分チャージ, REQUIREMENTS §4): by card through the {@link CardGateway} — card data goes to
 * the gateway only — into the base, cafeteria or textbook purse, within the co-op's limits, with a
 * receipt mail. The charge's key comes from the page, so a double submit or a retry after a timeout
 * is the same charge at the gateway and credits the purse once.
 */
@Stateless
public class Charges {

  /** The ledger's reference of a card charge: {@code card <the charge page's key>}. */
  private static final String REFERENCE = "card ";

  /** The acquirer's key of a card charge: {@code wallet-<the charge page's key>}. */
  private static final String GATEWAY_KEY = "wallet-";

  @Inject private WalletRepository wallets;
  @Inject private MemberRepository members;
  @Inject private KonbiniRepository slips;
  @Inject private LateCardCharges late;
  @Inject private SystemAccounts systemAccounts;
  @Inject private OwnMemberships ownMemberships;
  @Inject private CardGateway cards;
  @Inject private SignInRateLimit ipLimit;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Checks purse and amount against the limits before the payment form opens; moves nothing. The
   * charge's own slip, if one was issued, is not counted: a reissue voids it.
   */
  @RolesAllowed("MEMBER")
  public void check(long memberId, String chargeKey, String purse, long amount) {
    Wallet wallet = activeWallet(own(memberId));
    Coop coop = own(memberId).coop();
    ChargeRules.check(
        purse(purse),
        Yen.of(Math.max(0, amount)),
        PaymentRules.balances(wallets.purses(wallet.id())),
        slips.awaitingPayment(wallet.id(), chargeKey),
        coop.chargeMax(),
        coop.balanceMax());
  }

  @RolesAllowed("MEMBER")
  public ChargeOutcome byCard(
      long memberId,
      String chargeKey,
      String purse,
      long amount,
      String number,
      String expiry,
      String code,
      String birthday,
      Locale lang,
      String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      throw new ResendTooSoonException(limited.get());
    }
    Member member = own(memberId);
    CardDetails card =
        CardDetails.parse(
            number, expiry, code, birthday, YearMonth.now(clock.withZone(CoopTime.ZONE)));
    Wallet wallet = wallets.findForUpdate(activeWallet(member).id()).orElseThrow();
    // Again under the lock: a suspension or the withdrawal's closure may have committed while
    // this charge waited for it, and a closed wallet's money can be neither spent nor paid out.
    if (wallet.status() != WalletStatus.ACTIVE) {
      throw new WalletStateException(wallet.status());
    }
    Optional<LedgerTransaction> done = wallets.findByReference(wallet.id(), REFERENCE + chargeKey);
    if (done.isPresent()) {
      return new ChargeOutcome(
          ChargeOutcome.Result.CHARGED, null, done.get().amount(), view(wallet));
    }
    Purse into = purse(purse);
    Yen yen = Yen.of(Math.max(0, amount));
    Coop coop = member.coop();
    Optional<UnansweredCardCharge> unanswered = wallets.unansweredCardCharge(chargeKey);
    // Asked again after a timeout: the limits held when it was first sent, and the acquirer may
    // have made it since.
    if (unanswered.isEmpty()) {
      ChargeRules.check(
          into,
          yen,
          PaymentRules.balances(wallets.purses(wallet.id())),
          slips.awaitingPayment(wallet.id(), null),
          coop.chargeMax(),
          coop.balanceMax());
    }
    CardResult result = cards.charge(GATEWAY_KEY + chargeKey, yen, card);
    String caller = context.getCallerPrincipal().getName();
    switch (result.outcome()) {
      case APPROVED -> {
        unanswered.ifPresent(wallets::settled);
        WalletView after = credit(wallet, chargeKey, into, yen, caller, caller, lang);
        audit.record(
            AuditAction.WALLET_CHARGED, caller, subject(member), ip, "card " + yen + " " + into);
        return new ChargeOutcome(ChargeOutcome.Result.CHARGED, null, yen, after);
      }
      case DECLINED -> {
        // Another amount under the unanswered charge's key: the first may still have been made.
        if (!CardGateway.KEY_REUSED.equals(result.declineReason())) {
          unanswered.ifPresent(wallets::settled);
        }
        audit.record(
            AuditAction.CARD_DECLINED,
            caller,
            subject(member),
            ip,
            card + " " + result.declineReason());
        return new ChargeOutcome(
            ChargeOutcome.Result.DECLINED, result.declineReason(), yen, view(wallet));
      }
      default -> {
        if (unanswered.isEmpty()) {
          wallets.store(
              new UnansweredCardCharge(
                  chargeKey, wallet.id(), into, yen, caller, lang, clock.instant()));
        }
        return new ChargeOutcome(ChargeOutcome.Result.TIMEOUT, null, yen, view(wallet));
      }
    }
  }

  /**
   * The oldest card charges the acquirer has not answered, meal plans' included, for the wallet's
   * timer.
   */
  @PermitAll
  public List<UnansweredCardCharge> unansweredCardCharges(int max) {
    return wallets.unansweredCardCharges(max);
  }

  /**
   * Asks the acquirer what became of an unanswered card charge, in a transaction of its own: made —
   * credited as the member asked, with the receipt (to REFUNDS, for staff to pay back, when the
   * wallet has been closed since); refused or never received — forgotten; still no answer — asked
   * again at the timer's next pass. Returns whether it was settled.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean settle(String chargeKey) {
    Optional<UnansweredCardCharge> found = wallets.unansweredCardCharge(chargeKey);
    if (found.isEmpty()) {
      return false;
    }
    UnansweredCardCharge charge = found.get();
    Wallet wallet = wallets.findForUpdate(charge.walletId()).orElseThrow();
    if (wallets.findByReference(wallet.id(), REFERENCE + chargeKey).isPresent()) {
      wallets.settled(charge);
      return true;
    }
    CardResult result = cards.inquire(GATEWAY_KEY + chargeKey);
    Member member = members.find(wallet.memberId()).orElseThrow();
    switch (result.outcome()) {
      case APPROVED -> {
        wallets.settled(charge);
        if (wallet.status() == WalletStatus.CLOSED) {
          late.owedBack(wallet, charge.amount(), REFERENCE + chargeKey, clock.instant());
          audit.record(
              AuditAction.WALLET_CHARGED,
              LateCardCharges.ACTOR,
              subject(member),
              null,
              "card " + charge.amount() + " confirmed after the wallet's closure: owed back");
          return true;
        }
        credit(
            wallet,
            chargeKey,
            charge.purse(),
            charge.amount(),
            charge.askedBy(),
            LateCardCharges.ACTOR,
            charge.mailLanguage());
        audit.record(
            AuditAction.WALLET_CHARGED,
            LateCardCharges.ACTOR,
            subject(member),
            null,
            "card " + charge.amount() + " " + charge.purse() + " confirmed after a timeout");
        return true;
      }
      case DECLINED -> {
        wallets.settled(charge);
        audit.record(
            AuditAction.CARD_DECLINED,
            LateCardCharges.ACTOR,
            subject(member),
            null,
            "unanswered card charge " + charge.amount() + ": " + result.declineReason());
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The card's money into the purse, with the receipt to {@code to}; the wallet after. */
  private WalletView credit(
      Wallet wallet, String chargeKey, Purse into, Yen yen, String to, String actor, Locale lang) {
    Instant now = clock.instant();
    wallets.store(
        LedgerTransaction.of(TransactionKind.CHARGE, wallet.coopCode(), now, now, actor)
            .wallet(wallet.id())
            .amount(yen)
            .reference(REFERENCE + chargeKey)
            .debit(systemAccounts.get(AccountKind.CARD_CLEARING, wallet.coopCode(), null), yen)
            .credit(
                wallets.purses(wallet.id()).stream()
                    .filter(a -> a.purse() == into)
                    .findFirst()
                    .orElseThrow(),
                yen)
            .post());
    WalletView after = view(wallet);
    receipt(to, yen, into, after, lang);
    return after;
  }

  private void receipt(String to, Yen amount, Purse purse, WalletView after, Locale lang) {
    outbox.enqueueMail(
        to,
        templates.render("wallet.charged.subject", lang, amount.formatted()),
        templates.render(
            "wallet.charged.body",
            lang,
            amount.formatted(),
            templates.render("purse." + purse.name(), lang),
            after.balances().get(purse).formatted(),
            after.spendable().formatted()));
  }

  private Wallet activeWallet(Member member) {
    return wallets.active(member.id());
  }

  private static Purse purse(String typed) {
    try {
      return Purse.valueOf(typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("purse", "NOT_CHOSEN");
    }
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
        null);
  }

  private Member own(long memberId) {
    return ownMemberships.get(context.getCallerPrincipal().getName(), memberId);
  }

  private static String subject(Member member) {
    return member.number().map(n -> n.value()).orElse("member " + member.id());
  }
}
