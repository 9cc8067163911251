package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Katakana;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.KonbiniChain;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.KonbiniSlip;
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
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * Charges paid at a convenience store (REQUIREMENTS §4): a slip with a number and an expiry
 * (23:59:59 Japan time of the last day) mailed to the payer; the purse is credited only by the
 * aggregator's confirmed notice, exactly once however often and in whatever order notices come.
 */
@Stateless
public class KonbiniCharges {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private WalletRepository wallets;
  @Inject private KonbiniRepository slips;
  @Inject private SystemAccounts systemAccounts;
  @Inject private CoopRepository coops;
  @Inject private OwnMemberships ownMemberships;
  @Inject private Outbox outbox;
  @Inject private MemberRepository members;
  @Inject private MemberLanguages languages;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "kumiai.wallet.konbini-days", defaultValue = "3")
  int days;

  /** The payer's details as typed on the charge page. */
  public record Payer(String name, String kana, String email, String phone) {}

  /**
   * A slip for this charge; an earlier slip of the same charge is voided, so only the newest can be
   * paid. Checks the purse, the limits and every payer field (each bad one named).
   */
  @RolesAllowed("MEMBER")
  public SlipView issue(
      long memberId,
      String chargeKey,
      String purse,
      long amount,
      String chain,
      Payer payer,
      Locale lang) {
    Member member = ownMemberships.get(context.getCallerPrincipal().getName(), memberId);
    InvalidValuesException.check(
        () -> TypedText.required("payerName", payer.name(), 100),
        () -> Katakana.parse("payerKana", payer.kana()),
        () -> EmailAddress.parse(payer.email()),
        () -> PhoneNumber.parse(payer.phone()),
        () -> chain(chain));
    Wallet wallet =
        wallets
            .findByMember(member.id())
            .flatMap(w -> wallets.findForUpdate(w.id()))
            .orElseThrow(() -> new WalletStateException(WalletStatus.INACTIVE));
    if (wallet.status() != WalletStatus.ACTIVE) {
      throw new WalletStateException(wallet.status());
    }
    Purse into = purse(purse);
    Coop coop = member.coop();
    ChargeRules.check(
        into,
        Yen.of(Math.max(0, amount)),
        PaymentRules.balances(wallets.purses(wallet.id())),
        slips.awaitingPayment(wallet.id(), chargeKey),
        coop.chargeMax(),
        coop.balanceMax());
    slips.ofCharge(wallet.id(), chargeKey).forEach(KonbiniSlip::voidIt);
    Instant now = clock.instant();
    String email = EmailAddress.parse(payer.email()).value();
    KonbiniSlip slip =
        new KonbiniSlip(
            wallet.id(),
            chargeKey,
            slipNumber(),
            chain(chain),
            into,
            Yen.of(amount),
            new KonbiniSlip.Payer(
                TypedText.required("payerName", payer.name(), 100),
                Katakana.parse("payerKana", payer.kana()),
                email,
                PhoneNumber.parse(payer.phone()).value(),
                lang),
            now,
            days);
    slips.store(slip);
    outbox.enqueueMail(
        email,
        templates.render("konbini.slip.subject", lang, slip.amount().formatted()),
        templates.render(
            "konbini.slip.body",
            lang,
            templates.render("konbini.chain." + slip.chain().name(), lang),
            slip.number(),
            slip.amount().formatted(),
            slip.expiresAt().atZone(CoopTime.ZONE).toLocalDateTime().toString().replace('T', ' ')));
    return SlipView.of(slip);
  }

  /** The caller's slips for one membership, newest first. */
  @RolesAllowed("MEMBER")
  public List<SlipView> mine(long memberId) {
    ownMemberships.get(context.getCallerPrincipal().getName(), memberId);
    return wallets
        .findByMember(memberId)
        .map(w -> slips.ofWallet(w.id()).stream().map(SlipView::of).toList())
        .orElse(List.of());
  }

  /** What a notice did, for the aggregator's answer and the audit trail. */
  public enum NoticeResult {
    CREDITED,
    /** Paid after the membership ended: kept in the co-op's REFUNDS account, to be paid back. */
    OWED_BACK,
    RECORDED,
    DUPLICATE,
    UNKNOWN_SLIP,
    AMOUNT_MISMATCH
  }

  /**
   * One notice from the aggregator (its signature already checked by the API). PRELIMINARY and
   * CANCELLED only note the state; CONFIRMED credits the purse once, with a receipt mail. The
   * slip's row lock makes concurrent duplicates wait for each other. The wallet's lock is taken
   * first, in the order issuing a slip and closing a wallet take them (wallet, then its slips): the
   * other order let a notice and a reissue each wait for the other's lock, and the database ended
   * one of them as a deadlock.
   */
  @PermitAll
  public NoticeResult notice(String noticeId, String slipNumber, String kind, long amount) {
    Optional<Long> walletId = slips.walletOf(slipNumber);
    if (walletId.isEmpty()) {
      return NoticeResult.UNKNOWN_SLIP;
    }
    wallets.findForUpdate(walletId.get());
    KonbiniSlip slip = slips.findByNumberForUpdate(slipNumber).orElseThrow();
    Instant now = clock.instant();
    if (!slips.firstTime(noticeId, now)) {
      return NoticeResult.DUPLICATE;
    }
    switch (kind) {
      case "PRELIMINARY" -> {
        slip.preliminary(now);
        return NoticeResult.RECORDED;
      }
      case "CANCELLED" -> {
        slip.cancelPreliminary();
        return NoticeResult.RECORDED;
      }
      default -> {
        if (amount != slip.amount().value()) {
          audit.record(
              AuditAction.KONBINI_MISMATCH,
              "konbini",
              slipNumber,
              null,
              amount + " != " + slip.amount());
          return NoticeResult.AMOUNT_MISMATCH;
        }
        if (!slip.confirm(now)) {
          return NoticeResult.DUPLICATE;
        }
        Wallet wallet = wallets.findForUpdate(slip.walletId()).orElseThrow();
        if (wallet.status() == WalletStatus.CLOSED) {
          return owedBack(slip, wallet, now);
        }
        LedgerAccount purse =
            wallets.purses(wallet.id()).stream()
                .filter(a -> a.purse() == slip.purse())
                .findFirst()
                .orElseThrow();
        post(slip, wallet, TransactionKind.CHARGE, purse, now);
        receipt(slip.payerEmail(), slip.mailLanguage(), slip, purse, wallet);
        // The payer may be someone else (a parent paying at their store): the member is told too.
        members
            .find(wallet.memberId())
            .flatMap(Member::email)
            .filter(e -> !e.value().equalsIgnoreCase(slip.payerEmail()))
            .ifPresent(
                e -> receipt(e.value(), languages.of(wallet.memberId()), slip, purse, wallet));
        audit.record(
            AuditAction.WALLET_CHARGED, "konbini", slipNumber, null, chargedDetail(slip, wallet));
        return NoticeResult.CREDITED;
      }
    }
  }

  /** The slip's money out of the convenience-store clearing account, into {@code into}. */
  private void post(
      KonbiniSlip slip, Wallet wallet, TransactionKind kind, LedgerAccount into, Instant now) {
    wallets.store(
        LedgerTransaction.of(kind, wallet.coopCode(), now, now, "konbini")
            .wallet(wallet.id())
            .amount(slip.amount())
            .reference("konbini " + slip.number())
            .debit(
                systemAccounts.get(AccountKind.KONBINI_CLEARING, wallet.coopCode(), null),
                slip.amount())
            .credit(into, slip.amount())
            .post());
  }

  private void receipt(
      String to, Locale lang, KonbiniSlip slip, LedgerAccount purse, Wallet wallet) {
    outbox.enqueueMail(
        to,
        templates.render("wallet.charged.subject", lang, slip.amount().formatted()),
        templates.render(
            "wallet.charged.body",
            lang,
            slip.amount().formatted(),
            templates.render("purse." + slip.purse().name(), lang),
            purse.balance().formatted(),
            wallets.purses(wallet.id()).stream()
                .filter(a -> a.purse() != Purse.POINTS)
                .map(LedgerAccount::balance)
                .reduce(Yen.ZERO, Yen::plus)
                .formatted()));
  }

  /**
   * Money paid at the till for a slip of a wallet closed since (closing voids live slips, but the
   * member may still have paid one at the till): the purses were settled for good, so the money
   * goes to the co-op's REFUNDS account, staff see it in the audit log to pay it back, and the
   * payer is told so.
   */
  private NoticeResult owedBack(KonbiniSlip slip, Wallet wallet, Instant now) {
    post(
        slip,
        wallet,
        TransactionKind.CLOSURE,
        systemAccounts.get(AccountKind.REFUNDS, wallet.coopCode(), null),
        now);
    Locale lang = slip.mailLanguage();
    outbox.enqueueMail(
        slip.payerEmail(),
        templates.render("wallet.konbiniOwed.subject", lang, slip.amount().formatted()),
        templates.render(
            "wallet.konbiniOwed.body", lang, slip.amount().formatted(), slip.number()));
    audit.record(
        AuditAction.KONBINI_AFTER_CLOSURE,
        "konbini",
        slip.number(),
        null,
        "konbini " + slip.amount() + " for wallet " + wallet.id() + " after its closure");
    return NoticeResult.OWED_BACK;
  }

  /**
   * The audit detail of a credited slip. Money paid at the till is credited even when other charges
   * since the slip was issued leave no room under the co-op's balance limit; staff then read here
   * by how much the wallet is over it.
   */
  private String chargedDetail(KonbiniSlip slip, Wallet wallet) {
    Yen held = ChargeRules.held(PaymentRules.balances(wallets.purses(wallet.id())));
    long limit = coops.getCoop(wallet.coopCode()).balanceMax();
    return "konbini "
        + slip.amount()
        + (held.value() > limit ? "; holds " + held + ", over the limit " + Yen.of(limit) : "");
  }

  /** Live slips for the demo's notice simulator. */
  @PermitAll
  public List<SlipView> issued() {
    return slips.issued(50).stream().map(SlipView::of).toList();
  }

  /** Expires slips past their last day; returns how many. Called by the timer. */
  @PermitAll
  public int expireDue() {
    Instant now = clock.instant();
    int n = 0;
    for (KonbiniSlip s : slips.dueToExpire(now, 200)) {
      if (s.expireIfDue(now)) {
        n++;
      }
    }
    return n;
  }

  private String slipNumber() {
    return String.format("%011d", Math.floorMod(RANDOM.nextLong(), 100_000_000_000L));
  }

  private static KonbiniChain chain(String typed) {
    try {
      return KonbiniChain.valueOf(typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("chain", "NOT_CHOSEN");
    }
  }

  private static Purse purse(String typed) {
    try {
      return Purse.valueOf(typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("purse", "NOT_CHOSEN");
    }
  }
}
