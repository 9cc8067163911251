package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.kumiai.domain.membership.BankAccount;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.shared.Yen;

/**
 * A withdrawal as the member and staff pages show it. The account number is whole for staff, who
 * make the transfer, and masked for the member's own page.
 */
public record WithdrawalView(
    long id,
    long memberId,
    String name,
    String kana,
    String number,
    String coopCode,
    String coopName,
    Withdrawal.Status status,
    Withdrawal.Reason reason,
    String note,
    Withdrawal.Ground ground,
    Withdrawal.Method method,
    String bankCode,
    String branchCode,
    BankAccount.Type accountType,
    String accountNumber,
    String accountHolder,
    Yen shareCapital,
    Yen owed,
    Yen refund,
    WithdrawalTerms terms,
    Instant requestedAt,
    String requestedBy,
    boolean late,
    LocalDate effectiveOn,
    String reviewedBy,
    Instant paidOutAt,
    String paidOutBy,
    String payoutReference)
    implements Serializable {

  /**
   * What the payout pays once reviewed: the share refund and the e-money the co-op gives back, as
   * the wallet stands now (it is spendable until the payout closes it); null before the review.
   */
  public Yen payout() {
    return refund == null ? null : refund.plus(terms.emoneyRefund());
  }

  static WithdrawalView of(Withdrawal w, Member m, WithdrawalTerms terms, boolean wholeAccount) {
    BankAccount account = w.bankAccount().orElse(null);
    return new WithdrawalView(
        w.id(),
        m.id(),
        m.name().full(),
        m.name().fullKana(),
        m.number().map(MembershipNumber::formatted).orElse(null),
        m.coop().code(),
        m.coop().name().ja(),
        w.status(),
        w.reason(),
        w.note().orElse(null),
        w.ground(),
        w.method(),
        account == null ? null : account.bankCode(),
        account == null ? null : account.branchCode(),
        account == null ? null : account.type(),
        account == null
            ? null
            : wholeAccount ? account.number() : "****" + account.number().substring(4),
        account == null ? null : account.holder(),
        w.shareCapital(),
        w.owed(),
        w.refund().orElse(null),
        terms,
        w.requestedAt(),
        w.requestedBy(),
        w.late(),
        w.effectiveOn(),
        w.reviewedBy().orElse(null),
        w.paidOutAt().orElse(null),
        w.paidOutBy().orElse(null),
        w.payoutReference().orElse(null));
  }
}
