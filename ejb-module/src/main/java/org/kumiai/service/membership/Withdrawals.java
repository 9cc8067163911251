package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.EmoneyOnLeaving;
import org.kumiai.domain.membership.BankAccount;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.membership.WithdrawalRepository;
import org.kumiai.domain.membership.WithdrawalSchedule;
import org.kumiai.domain.membership.WithdrawalStateException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.wallet.WalletClosures;

/**
 * Withdrawal (脱退, REQUIREMENTS §2): the member applies at {@code /member/withdrawal} with a reason
 * and how the share capital is to be refunded; staff review it at {@code /staff/withdrawals}, where
 * the refund is computed (full; half on expulsion; held while the member owes the co-op) and the
 * payout recorded, which ends the membership. Every step is history and audit.
 */
@Stateless
public class Withdrawals {

  private static final int MAX_LIST = 200;

  @Inject private OwnMemberships ownMemberships;
  @Inject private MemberRepository members;
  @Inject private WithdrawalRepository withdrawals;
  @Inject private WalletRepository wallets;
  @Inject private WalletClosures closures;
  @Inject private LeavingTerms leaving;
  @Inject private StaffScope scope;
  @Inject private ScopedMembers scopedMembers;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** What withdrawing would mean today for one of the caller's memberships. */
  @RolesAllowed("MEMBER")
  public WithdrawalTerms terms(long memberId) {
    return leaving.of(own(memberId), null);
  }

  /** The caller's requests for one membership, newest first. */
  @RolesAllowed("MEMBER")
  public List<WithdrawalView> mine(long memberId) {
    Member member = own(memberId);
    return withdrawals.of(memberId).stream()
        .map(w -> WithdrawalView.of(w, member, leaving.of(member, w.effectiveOn()), false))
        .toList();
  }

  /**
   * The member's request. Checks every field, naming each bad one; an active member only, and one
   * open request at a time.
   */
  @RolesAllowed("MEMBER")
  public WithdrawalView request(long memberId, WithdrawalForm form, String ip) {
    own(memberId);
    Member member = members.findForUpdate(memberId).orElseThrow();
    check(form);
    Withdrawal.Reason reason = choice(Withdrawal.Reason.class, "withdrawalReason", form.reason());
    Withdrawal.Method method = choice(Withdrawal.Method.class, "refundMethod", form.method());
    if (member.status() != MemberStatus.ACTIVE) {
      throw new MemberNotFoundException(memberId);
    }
    withdrawals.of(memberId).stream()
        .filter(w -> w.status().open())
        .findFirst()
        .ifPresent(
            open -> {
              throw new WithdrawalStateException(open.status());
            });
    WithdrawalTerms terms = leaving.of(member, null);
    String caller = caller();
    Instant now = clock.instant();
    Withdrawal withdrawal =
        new Withdrawal(
            memberId,
            terms.shareCapital(),
            reason,
            note(reason, form.note()),
            method,
            account(method, form),
            new WithdrawalSchedule(terms.deadline(), terms.effectiveOn(), terms.late()),
            caller,
            now);
    withdrawals.store(withdrawal);
    members.record(
        new MemberChange(memberId, now, caller, "withdrawal", null, "REQUESTED", reason.name()));
    audit.record(
        AuditAction.WITHDRAWAL_REQUESTED,
        caller,
        subject(member),
        ip,
        reason + " " + method + (terms.late() ? " late" : ""));
    return WithdrawalView.of(withdrawal, member, terms, false);
  }

  /** Checks the form for the confirmation step, naming every bad field; writes nothing. */
  @RolesAllowed("MEMBER")
  public void check(long memberId, WithdrawalForm form) {
    own(memberId);
    check(form);
  }

  private static void check(WithdrawalForm form) {
    InvalidValuesException.check(
        () -> choice(Withdrawal.Reason.class, "withdrawalReason", form.reason()),
        () -> note(chosenOrNull(Withdrawal.Reason.class, form.reason()), form.note()),
        () -> choice(Withdrawal.Method.class, "refundMethod", form.method()),
        () -> account(chosenOrNull(Withdrawal.Method.class, form.method()), form));
  }

  /** The member takes back a request staff have not reviewed yet. */
  @RolesAllowed("MEMBER")
  public void cancel(long memberId, long withdrawalId, String ip) {
    Member member = own(memberId);
    Withdrawal withdrawal =
        withdrawals
            .findForUpdate(withdrawalId)
            .filter(w -> w.memberId() == memberId)
            .orElseThrow(() -> new MemberNotFoundException(memberId));
    withdrawal.cancel();
    members.record(
        new MemberChange(
            memberId, clock.instant(), caller(), "withdrawal", "REQUESTED", "CANCELLED", null));
    audit.record(AuditAction.WITHDRAWAL_CANCELLED, caller(), subject(member), ip, null);
  }

  /**
   * Requests of the caller's co-ops: open ones the longest waiting first, or every one newest
   * first.
   */
  @RolesAllowed("STAFF")
  public List<WithdrawalView> list(boolean openOnly) {
    List<String> codes = scope.coops().stream().map(CoopView::code).toList();
    return withdrawals.ofCoops(codes, openOnly, MAX_LIST).stream()
        .map(w -> staffView(w, members.find(w.memberId()).orElseThrow()))
        .toList();
  }

  /** One request of the caller's co-ops, with the account whole for the transfer. */
  @RolesAllowed("STAFF")
  public WithdrawalView view(long id) {
    Withdrawal w = withdrawals.find(id).orElseThrow(() -> new MemberNotFoundException(id));
    return staffView(w, inScope(w.memberId()));
  }

  /**
   * The review: the ground (voluntary or expulsion) and what the member still owes the co-op.
   * Computes the refund; a debt holds it back until a later review finds it settled.
   */
  @RolesAllowed("STAFF")
  public WithdrawalView review(long id, String ground, String owed, String ip) {
    Withdrawal.Ground chosen = choice(Withdrawal.Ground.class, "ground", ground);
    Yen debt = yen("owed", owed);
    Withdrawal w = withdrawals.findForUpdate(id).orElseThrow(() -> new MemberNotFoundException(id));
    Member member = inScope(w.memberId());
    Withdrawal.Status before = w.status();
    String staff = caller();
    Instant now = clock.instant();
    w.review(chosen, debt, staff, now);
    members.record(
        new MemberChange(
            member.id(),
            now,
            staff,
            "withdrawal",
            before.name(),
            w.status().name(),
            chosen + " refund " + w.refund().orElseThrow() + " owed " + debt));
    audit.record(
        AuditAction.WITHDRAWAL_REVIEWED,
        staff,
        subject(member),
        ip,
        chosen + " refund " + w.refund().orElseThrow() + " owed " + debt + " " + w.status());
    return staffView(w, member);
  }

  /**
   * The refund paid (transfer made or cash handed over): recorded with its reference, and the
   * membership ends, its wallet with it — emptied on the ledger (what is refunded to REFUNDS) and
   * closed, so refunded e-money cannot be spent as well. Approved requests only. {@code seen} is
   * the payout the staff member was shown: the e-money is spendable until now, and when it has
   * moved since, the payout is refused as CHANGED (what they paid would no longer be what the
   * ledger gives back) and nothing is recorded.
   */
  @RolesAllowed("STAFF")
  public WithdrawalView payOut(long id, String reference, Yen seen, String ip) {
    String ref = TypedText.required("payoutReference", reference, 64);
    Withdrawal w = withdrawals.findForUpdate(id).orElseThrow(() -> new MemberNotFoundException(id));
    inScope(w.memberId());
    Member member = members.findForUpdate(w.memberId()).orElseThrow();
    String staff = caller();
    Instant now = clock.instant();
    // The wallet's lock before its purses are read, so no payment lands between the terms and the
    // closure.
    wallets.findByMember(member.id()).flatMap(wallet -> wallets.findForUpdate(wallet.id()));
    WithdrawalTerms terms = leaving.of(member, w.effectiveOn());
    w.payOut(ref, staff, now);
    if (!w.refund().orElseThrow().plus(terms.emoneyRefund()).equals(seen)) {
      throw new InvalidValueException("payout", "CHANGED");
    }
    member.withdraw();
    String emoney =
        closures
            .close(
                member.id(),
                terms.emoneyRule() == EmoneyOnLeaving.REFUNDED,
                Optional.ofNullable(terms.meal()).map(WithdrawalTerms.MealLeaving::refund),
                "withdrawal " + w.id(),
                staff,
                now)
            .map(c -> "; e-money refunded " + c.refunded() + ", forfeited " + c.forfeited())
            .orElse("");
    members.record(
        new MemberChange(
            member.id(),
            now,
            staff,
            "status",
            MemberStatus.ACTIVE.name(),
            MemberStatus.WITHDRAWN.name(),
            "refund " + w.refund().orElseThrow() + " " + w.method() + " " + ref + emoney));
    audit.record(
        AuditAction.WITHDRAWAL_PAID_OUT,
        staff,
        subject(member),
        ip,
        w.refund().orElseThrow() + " " + w.method() + " " + ref + emoney);
    return staffView(w, member);
  }

  private WithdrawalView staffView(Withdrawal w, Member member) {
    return WithdrawalView.of(w, member, leaving.of(member, w.effectiveOn()), true);
  }

  /** One of the caller's own memberships; anyone else's is not found. */
  private Member own(long memberId) {
    return ownMemberships.get(caller(), memberId);
  }

  private Member inScope(long memberId) {
    return scopedMembers.get(memberId);
  }

  private static String note(Withdrawal.Reason reason, String typed) {
    if (typed == null || typed.isBlank()) {
      if (reason == Withdrawal.Reason.OTHER) {
        throw new InvalidValueException("withdrawalNote", "EMPTY");
      }
      return null;
    }
    return TypedText.required("withdrawalNote", typed, Withdrawal.MAX_NOTE);
  }

  private static BankAccount account(Withdrawal.Method method, WithdrawalForm form) {
    if (method != Withdrawal.Method.BANK_TRANSFER) {
      return null;
    }
    return BankAccount.parse(
        form.bankCode(),
        form.branchCode(),
        form.accountType(),
        form.accountNumber(),
        form.accountHolder());
  }

  private static <E extends Enum<E>> E chosenOrNull(Class<E> type, String typed) {
    try {
      return choice(type, "", typed);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String field, String typed) {
    try {
      return Enum.valueOf(type, typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "NOT_CHOSEN");
    }
  }

  /** Yen as typed at the counter: any width, with ¥, 円 or commas; blank is zero. */
  private static Yen yen(String field, String typed) {
    String digits =
        Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
            .replaceAll("[\\s,¥￥円]", "");
    if (digits.isEmpty()) {
      return Yen.ZERO;
    }
    if (!digits.matches("\\d{1,9}")) {
      throw new InvalidValueException(field, "NOT_DIGITS");
    }
    return Yen.of(Long.parseLong(digits));
  }

  private static String subject(Member member) {
    return member.number().map(MembershipNumber::value).orElse("member " + member.id());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
