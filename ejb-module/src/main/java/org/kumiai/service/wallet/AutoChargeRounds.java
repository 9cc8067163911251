package org.kumiai.service.wallet;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.AutoCharge;
import org.kumiai.domain.wallet.AutoChargeRepository;
import org.kumiai.domain.wallet.BalanceAlert;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.MemberLanguages;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.payment.CardGateway;
import org.kumiai.service.payment.CardResult;

/**
 * One wallet's auto-charge or alert, each in a transaction of its own under the wallet's row lock,
 * so two nodes (or two ticks) looking at the same wallet charge it once: the second sees the purse
 * back above the threshold. A failure is mailed and switches the auto-charge off.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AutoChargeRounds {

  private static final String ACTOR = "auto-charge";

  @Inject private WalletRepository wallets;
  @Inject private KonbiniRepository slips;
  @Inject private AutoChargeRepository settings;
  @Inject private CoopRepository coops;
  @Inject private MemberRepository members;
  @Inject private SystemAccounts systemAccounts;
  @Inject private CardGateway cards;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private MemberLanguages languages;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** What one wallet's round did. */
  public enum Outcome {
    CHARGED,
    FAILED,
    UNANSWERED,
    NOT_DUE
  }

  public Outcome charge(long walletId) {
    Wallet wallet = wallets.findForUpdate(walletId).orElseThrow();
    Optional<AutoCharge> found = settings.findAutoCharge(walletId);
    if (wallet.status() != WalletStatus.ACTIVE || found.isEmpty()) {
      return Outcome.NOT_DUE;
    }
    AutoCharge rule = found.get();
    List<LedgerAccount> purses = wallets.purses(walletId);
    Map<Purse, Yen> balances = PaymentRules.balances(purses);
    Optional<Yen> due = rule.due(balances.get(rule.purse()));
    if (due.isEmpty()) {
      return Outcome.NOT_DUE;
    }
    Yen amount = due.get();
    Instant now = clock.instant();
    Member member = members.find(wallet.memberId()).orElseThrow();
    Coop coop = coops.getCoop(wallet.coopCode());
    // A charge asked again passed the limits when first sent; the acquirer may have made it.
    if (rule.asked().isEmpty()) {
      try {
        ChargeRules.check(
            rule.purse(),
            amount,
            balances,
            slips.awaitingPayment(wallet.id(), null),
            coop.chargeMax(),
            coop.balanceMax());
      } catch (InvalidValueException e) {
        return failed(rule, member, amount, "LIMIT_" + e.reason(), now);
      }
    }
    String key = rule.key();
    CardResult result = cards.charge(key, amount, rule.cardToken());
    switch (result.outcome()) {
      case APPROVED -> {
        LedgerAccount into =
            purses.stream().filter(a -> a.purse() == rule.purse()).findFirst().orElseThrow();
        wallets.store(
            LedgerTransaction.of(TransactionKind.CHARGE, wallet.coopCode(), now, now, ACTOR)
                .wallet(walletId)
                .amount(amount)
                .reference("auto " + key)
                .debit(
                    systemAccounts.get(AccountKind.CARD_CLEARING, wallet.coopCode(), null), amount)
                .credit(into, amount)
                .post());
        Map<Purse, Yen> after = PaymentRules.balances(wallets.purses(walletId));
        rule.charged(after.get(rule.purse()), now);
        Locale lang = languages.of(member.id());
        mail(
            member,
            lang,
            "wallet.autocharged.subject",
            "wallet.autocharged.body",
            amount.formatted(),
            templates.render("purse." + rule.purse().name(), lang),
            after.get(rule.purse()).formatted(),
            rule.cardLast4());
        audit.record(
            AuditAction.WALLET_CHARGED,
            ACTOR,
            subject(member),
            null,
            "auto-charge " + amount + " " + rule.purse() + " card " + rule.cardLast4());
        return Outcome.CHARGED;
      }
      case DECLINED -> {
        return failed(rule, member, amount, result.declineReason(), now);
      }
      default -> {
        if (rule.unanswered(amount, now)) {
          notifyFailure(rule, member, amount);
          return Outcome.FAILED;
        }
        return Outcome.UNANSWERED;
      }
    }
  }

  /** Mails a low-balance alert once per fall below the threshold; true when it did. */
  public boolean alert(long walletId) {
    Wallet wallet = wallets.findForUpdate(walletId).orElseThrow();
    Optional<BalanceAlert> alert = settings.findAlert(walletId);
    if (alert.isEmpty()) {
      return false;
    }
    // The meal plan's MEAL is left out: it pays only lunch within the day's cap, so ¥90,000 of it
    // would keep the alert silent while nothing is left for the shop or the bookstore.
    Yen spendable = ChargeRules.held(PaymentRules.balances(wallets.purses(walletId)));
    if (!alert.get().due(spendable, clock.instant()) || wallet.status() != WalletStatus.ACTIVE) {
      return false;
    }
    mail(
        members.find(wallet.memberId()).orElseThrow(),
        languages.of(wallet.memberId()),
        "wallet.lowBalance.subject",
        "wallet.lowBalance.body",
        spendable.formatted(),
        alert.get().threshold().formatted());
    return true;
  }

  private Outcome failed(AutoCharge rule, Member member, Yen amount, String reason, Instant now) {
    rule.failed(reason, now);
    notifyFailure(rule, member, amount);
    return Outcome.FAILED;
  }

  private void notifyFailure(AutoCharge rule, Member member, Yen amount) {
    String reason = rule.failure().orElse("");
    Locale lang = languages.of(member.id());
    mail(
        member,
        lang,
        "wallet.autocharge.failed.subject",
        "wallet.autocharge.failed.body",
        amount.formatted(),
        templates.render("purse." + rule.purse().name(), lang),
        templates.renderOr(
            "wallet.autocharge.reason." + reason.replaceFirst("^LIMIT_.*", "LIMIT"),
            "wallet.autocharge.reason.OTHER",
            lang),
        rule.cardLast4());
    audit.record(AuditAction.AUTO_CHARGE_FAILED, ACTOR, subject(member), null, reason);
  }

  private void mail(Member member, Locale lang, String subject, String body, Object... args) {
    member
        .email()
        .ifPresent(
            to ->
                outbox.enqueueMail(
                    to.value(),
                    templates.render(subject, lang, args),
                    templates.render(body, lang, args)));
  }

  private static String subject(Member member) {
    return member.number().map(n -> n.value()).orElse("member " + member.id());
  }
}
