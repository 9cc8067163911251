package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.MemberLanguages;
import org.kumiai.service.membership.ScopedMembers;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * Refunds staff give from the member page's wallet tab: part or all of one of the member's
 * payments, with the reason, back to the purses it came from (points too), audited and mailed to
 * the member.
 */
@Stateless
@RolesAllowed("STAFF")
public class StaffRefunds {

  private static final int RECENT = 20;

  @Inject private ScopedMembers scopedMembers;
  @Inject private WalletRepository wallets;
  @Inject private PaymentPosting posting;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private MemberLanguages languages;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** A payment as the wallet tab lists it, with what is left to refund of it. */
  public record RefundablePayment(
      long id, Instant occurredAt, String storeCode, Yen amount, Yen refundable)
      implements Serializable {}

  /** The member's latest payments, newest first. */
  public List<RefundablePayment> recentPayments(long memberId) {
    Member member = scopedMembers.get(memberId);
    return wallets
        .findByMember(member.id())
        .map(
            w ->
                wallets
                    .history(
                        w.id(),
                        new WalletRepository.HistoryQuery(
                            null, null, TransactionKind.PAYMENT, null, null),
                        0,
                        RECENT)
                    .stream()
                    .map(this::refundable)
                    .toList())
        .orElse(List.of());
  }

  /**
   * One of the member's payments by its number (on the receipt and in the history), however old: a
   * return of something bought before the latest payments the wallet tab lists.
   */
  public RefundablePayment payment(long memberId, long paymentId) {
    Member member = scopedMembers.get(memberId);
    return wallets
        .findByMember(member.id())
        .flatMap(
            w ->
                wallets
                    .findTransaction(paymentId)
                    .filter(t -> t.kind() == TransactionKind.PAYMENT)
                    .filter(t -> t.walletId().orElse(0L) == w.id()))
        .map(this::refundable)
        .orElseThrow(() -> new InvalidValueException("paymentNumber", "NOT_THIS_MEMBERS"));
  }

  private RefundablePayment refundable(LedgerTransaction t) {
    return new RefundablePayment(
        t.id(),
        t.occurredAt(),
        t.storeCode().orElse(null),
        t.amount(),
        Yen.of(posting.refundable(t)));
  }

  /**
   * Refunds {@code amount} of the payment; the whole of it reverses the payment. The payment must
   * be this member's; the reason is required. {@code seen} is what was left to refund when the
   * staff member chose the payment: when another refund of it was recorded since (a second tab, a
   * colleague, the form sent again after the page was reloaded), this one is refused as CHANGED
   * instead of giving back the same part twice.
   */
  public PaymentPosting.Refund refund(
      long memberId, long paymentId, Yen amount, String reason, Yen seen, String ip) {
    Member member = scopedMembers.get(memberId);
    String why = TypedText.required("refundReason", reason, 100);
    Wallet wallet =
        wallets
            .findByMember(member.id())
            .flatMap(w -> wallets.findForUpdate(w.id()))
            .orElseThrow(() -> new InvalidValueException("payment", "UNKNOWN"));
    wallet.checkRefundable();
    LedgerTransaction payment =
        wallets
            .findTransaction(paymentId)
            .filter(t -> t.kind() == TransactionKind.PAYMENT)
            .filter(t -> t.walletId().orElse(0L) == wallet.id())
            .orElseThrow(() -> new InvalidValueException("payment", "UNKNOWN"));
    if (posting.refundable(payment) != seen.value()) {
      throw new InvalidValueException("payment", "CHANGED");
    }
    String staff = context.getCallerPrincipal().getName();
    PaymentPosting.Refund posted = posting.refund(payment, amount, why, staff, clock.instant());
    LedgerTransaction refund = posted.transaction();
    String subject = member.number().map(n -> n.value()).orElse("member " + member.id());
    audit.record(
        AuditAction.WALLET_REFUNDED,
        staff,
        subject,
        ip,
        "refund " + refund.id() + " of payment " + payment.id() + " " + amount + ": " + why);
    Yen spendable = PaymentRules.spendable(PaymentRules.balances(wallets.purses(wallet.id())));
    Locale lang = languages.of(member.id());
    member
        .email()
        .ifPresent(
            to ->
                outbox.enqueueMail(
                    to.value(),
                    templates.render("wallet.refunded.subject", lang, amount.formatted()),
                    templates.render(
                        "wallet.refunded.body",
                        lang,
                        amount.formatted(),
                        payment.amount().formatted(),
                        why,
                        refund.points().formatted(),
                        spendable.formatted(),
                        posted.pointsDeducted().value() == 0
                            ? ""
                            : templates.render(
                                "wallet.refunded.deducted",
                                lang,
                                posted.pointsDeducted().formatted()))));
    return posted;
  }
}
