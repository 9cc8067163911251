package org.kumiai.web.wallet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.wallet.StaffRefunds;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.StaffMemberBacking;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.FormKey;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.Visitor;

/**
 * The wallet tab of {@code /staff/member?id=}: balances and status, resuming a suspended wallet
 * after an identity check (with the reason, audited), linking or unlinking an IC card, and
 * refunding part or all of a recent payment (with the reason, audited).
 */
@Named
@ViewScoped
public class StaffWalletBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int TAB = 4;

  @Inject private Wallets wallets;
  @Inject private StaffMemberBacking member;
  @Inject private StaffRefunds refunds;

  private WalletView wallet;
  private String reason;
  private String cardUid;
  private List<StaffRefunds.RefundablePayment> payments;
  private Long paymentId;
  private String refundAmount;
  private String refundReason;
  private final FormKey refundKey = new FormKey();
  private final Set<String> refunded = new HashSet<>();
  private final Set<Long> lookedUp = new LinkedHashSet<>();
  private String paymentNumber;

  public WalletView getWallet() {
    if (wallet == null && member.getMemberId() > 0) {
      try {
        wallet = wallets.ofMember(member.getMemberId());
      } catch (MemberNotFoundException e) {
        return null;
      }
    }
    return wallet;
  }

  /** Reads the wallet again when another part of the tab changed it (a meal plan sold). */
  public void reload() {
    wallet = null;
    payments = null;
  }

  public void suspend() {
    changeState(
        "tabs:walletSuspend",
        "staffWallet.suspended",
        () -> wallets.suspendForMember(member.getMemberId(), reason, Visitor.ip()));
  }

  public void resume() {
    changeState(
        "tabs:walletResume",
        "staffWallet.resumed",
        () -> wallets.resume(member.getMemberId(), reason, Visitor.ip()));
  }

  /** Suspend or resume with the reason typed in {@code form}. */
  private void changeState(String form, String done, Supplier<WalletView> change) {
    member.setActiveTab(TAB);
    try {
      wallet = change.get();
      reason = null;
      Feedback.info(done);
    } catch (InvalidValueException e) {
      Feedback.invalid(form, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void linkCard() {
    member.setActiveTab(TAB);
    try {
      wallet = wallets.linkCard(member.getMemberId(), cardUid, Visitor.ip());
      cardUid = null;
      Feedback.info("staffWallet.linked");
    } catch (InvalidValueException e) {
      Feedback.invalid("tabs:walletCard", e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void unlinkCard() {
    member.setActiveTab(TAB);
    wallet = wallets.unlinkCard(member.getMemberId(), Visitor.ip());
    Feedback.info("staffWallet.unlinked");
  }

  public List<StaffRefunds.RefundablePayment> getPayments() {
    if (payments == null && member.getMemberId() > 0) {
      try {
        List<StaffRefunds.RefundablePayment> recent =
            new ArrayList<>(refunds.recentPayments(member.getMemberId()));
        for (long id : lookedUp) {
          if (recent.stream().noneMatch(p -> p.id() == id)) {
            recent.add(refunds.payment(member.getMemberId(), id));
          }
        }
        payments = recent;
      } catch (MemberNotFoundException e) {
        payments = List.of();
      }
    }
    return payments;
  }

  /** Adds an older payment, found by its number, to the list and chooses it for the refund. */
  public void findPayment() {
    member.setActiveTab(TAB);
    String digits =
        Normalizer.normalize(paymentNumber == null ? "" : paymentNumber, Normalizer.Form.NFKC)
            .strip();
    if (!digits.matches("\\d{1,18}")) {
      Feedback.error(
          "tabs:walletRefund:paymentNumber",
          digits.isEmpty() ? "invalid.EMPTY" : "invalid.NOT_DIGITS",
          Feedback.label("field.paymentNumber"));
      return;
    }
    Optional<Long> number = Optional.of(Long.parseLong(digits));
    try {
      refunds.payment(member.getMemberId(), number.get());
      lookedUp.add(number.get());
      payments = null;
      paymentId = number.get();
      paymentNumber = null;
    } catch (InvalidValueException e) {
      Feedback.invalid("tabs:walletRefund", e);
    }
  }

  public String getPaymentNumber() {
    return paymentNumber;
  }

  public void setPaymentNumber(String paymentNumber) {
    this.paymentNumber = paymentNumber;
  }

  /** The payments with something left to refund, for the refund's choice. */
  public List<StaffRefunds.RefundablePayment> getRefundable() {
    List<StaffRefunds.RefundablePayment> all = getPayments();
    return all == null ? List.of() : all.stream().filter(p -> p.refundable().value() > 0).toList();
  }

  /**
   * Synchronized, and each key's refund remembered for the view: a refund form posted again (a
   * second press, the browser's resend) is not a second refund.
   */
  public synchronized void refund() {
    member.setActiveTab(TAB);
    String key = refundKey.submitted("tabs:walletRefund:key");
    if (refunded.contains(key)) {
      Feedback.info("staffWallet.refundedAlready");
      return;
    }
    if (paymentId == null) {
      Feedback.error(
          "tabs:walletRefund:payment", "invalid.NOT_CHOSEN", Feedback.label("field.payment"));
      return;
    }
    Optional<Long> yen =
        TypedAmount.read(refundAmount, "tabs:walletRefund:refundAmount", "field.refundAmount");
    if (yen.isEmpty()) {
      return;
    }
    try {
      Yen seen =
          getRefundable().stream()
              .filter(p -> p.id() == paymentId)
              .map(StaffRefunds.RefundablePayment::refundable)
              .findFirst()
              .orElse(Yen.ZERO);
      long deducted =
          refunds
              .refund(
                  member.getMemberId(),
                  paymentId,
                  Yen.of(yen.get()),
                  refundReason,
                  seen,
                  Visitor.ip())
              .pointsDeducted()
              .value();
      refunded.add(key);
      refundKey.renew();
      if (deducted > 0) {
        Feedback.info(
            "staffWallet.refundedDeducted", yen.get(), paymentId, deducted, yen.get() - deducted);
      } else {
        Feedback.info("staffWallet.refunded", yen.get(), paymentId);
      }
      wallet = null;
      payments = null;
      paymentId = null;
      refundAmount = null;
      refundReason = null;
    } catch (InvalidValueException e) {
      if ("CHANGED".equals(e.reason())) {
        payments = null;
      }
      String field = "amount".equals(e.field()) ? "refundAmount" : e.field();
      Feedback.invalid("tabs:walletRefund", new InvalidValueException(field, e.reason()));
    } catch (WalletStateException e) {
      Feedback.error(null, "staffWallet.refund.closed");
    }
  }

  public FormKey getRefundKey() {
    return refundKey;
  }

  public List<Purse> getPurses() {
    return Purse.MONEY;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getPaymentId() {
    return paymentId;
  }

  public void setPaymentId(Long paymentId) {
    this.paymentId = paymentId;
  }

  public String getRefundAmount() {
    return refundAmount;
  }

  public void setRefundAmount(String refundAmount) {
    this.refundAmount = refundAmount;
  }

  public String getRefundReason() {
    return refundReason;
  }

  public void setRefundReason(String refundReason) {
    this.refundReason = refundReason;
  }

  public String getCardUid() {
    return cardUid;
  }

  public void setCardUid(String cardUid) {
    this.cardUid = cardUid;
  }
}
