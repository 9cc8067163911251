package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.mealplan.MealPlanHolding;
import org.kumiai.domain.membership.EnrollmentLine;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.ProductKind;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.IcCard;
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
import org.kumiai.service.identity.IssuedCode;
import org.kumiai.service.identity.VerificationCodes;
import org.kumiai.service.mealplan.MealPlanSales;
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.membership.ScopedMembers;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * The member's wallet (REQUIREMENTS §4): opened with its purses the first time it is asked for,
 * activated after a code to the member's email or phone and consent (the seeds' Pokepay step),
 * which credits what the enrollment prepaid; suspended by the member, resumed by staff; an IC card
 * linked by staff.
 */
@Stateless
public class Wallets {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** How the activation code travels. */
  public enum Channel {
    EMAIL,
    SMS
  }

  @Inject private WalletRepository wallets;
  @Inject private SystemAccounts systemAccounts;
  @Inject private MemberRepository members;
  @Inject private OwnMemberships ownMemberships;
  @Inject private MealPlanSales mealPlanSales;
  @Inject private AccountRepository accounts;
  @Inject private EnrollmentRepository enrollments;
  @Inject private VerificationCodes codes;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private ScopedMembers scopedMembers;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The wallet of one of the caller's active memberships, opened (inactive) if it is new. */
  @RolesAllowed("MEMBER")
  public WalletView mine(long memberId) {
    return view(open(own(memberId)));
  }

  /** A code to the account's email or phone, the first step of activation. */
  @RolesAllowed("MEMBER")
  public Instant sendCode(long memberId, Channel channel, Locale lang) {
    own(memberId);
    Account me = me();
    String to = destination(me, channel);
    IssuedCode issued = codes.issue(CodePurpose.WALLET, to);
    String until = TIME.format(issued.expiresAt().atZone(CoopTime.ZONE));
    if (channel == Channel.EMAIL) {
      outbox.enqueueMail(
          to,
          templates.render("wallet.code.subject", lang, issued.code()),
          templates.render("wallet.code.body", lang, issued.code(), until));
    } else {
      outbox.enqueuePhone(
          to,
          false,
          templates.render("wallet.code.label", lang),
          templates.render("wallet.code.sms", lang, issued.code()));
    }
    return issued.resendAt();
  }

  /** The code typed back; the consent screen comes next. */
  @RolesAllowed("MEMBER")
  public CodeCheck proveCode(long memberId, Channel channel, String code, String ip) {
    Member member = own(memberId);
    CodeCheck check = codes.check(CodePurpose.WALLET, destination(me(), channel), code);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, caller(), caller(), ip, "wallet " + check);
      return check;
    }
    Wallet wallet = wallets.findForUpdate(open(member).id()).orElseThrow();
    if (wallet.status() == WalletStatus.INACTIVE) {
      wallet.codeProven(clock.instant());
    }
    String destination = destination(me(), channel);
    wallet.loginProven(channel == Channel.EMAIL, destination);
    if (wallet.status() != WalletStatus.INACTIVE) {
      audit.record(AuditAction.WALLET_LOGIN_ADDED, caller(), subject(member), ip, channel.name());
    }
    return check;
  }

  /** The wallet's login methods: the email address and phone number proven with a code. */
  public record LoginMethods(String email, String phone) implements java.io.Serializable {}

  @RolesAllowed("MEMBER")
  public LoginMethods loginMethods(long memberId) {
    Wallet wallet = open(own(memberId));
    return new LoginMethods(wallet.emailLogin().orElse(null), wallet.phoneLogin().orElse(null));
  }

  /**
   * Consent given: the wallet opens and what the enrollment prepaid is credited — e-money to BASE,
   * a meal plan to MEAL — as one DEPOSIT transaction; a prepaid meal plan holds the co-op's plan of
   * the academic year, when it has defined one, whose daily cap then applies to MEAL.
   */
  @RolesAllowed("MEMBER")
  public WalletView activate(long memberId, String ip) {
    Member member = own(memberId);
    Wallet wallet = wallets.findForUpdate(open(member).id()).orElseThrow();
    Instant now = clock.instant();
    wallet.activate(now);
    Yen base = Yen.ZERO;
    Yen meal = Yen.ZERO;
    for (var e : enrollments.paidOf(List.of(memberId))) {
      for (EnrollmentLine line : e.lines()) {
        if (line.kind() == ProductKind.DEPOSIT) {
          base = base.plus(line.amount());
        } else if (line.kind() == ProductKind.MEAL_PLAN) {
          meal = meal.plus(line.amount());
        }
      }
    }
    Yen total = base.plus(meal);
    if (total.value() > 0) {
      List<LedgerAccount> purses = wallets.purses(wallet.id());
      LedgerTransaction deposit =
          LedgerTransaction.of(TransactionKind.DEPOSIT, wallet.coopCode(), now, now, caller())
              .wallet(wallet.id())
              .amount(total)
              .reference("enrollment")
              .debit(
                  systemAccounts.get(AccountKind.ENROLLMENT_PREPAID, wallet.coopCode(), null),
                  total)
              .credit(purse(purses, Purse.BASE), base)
              .credit(purse(purses, Purse.MEAL), meal)
              .post();
      wallets.store(deposit);
      if (meal.value() > 0) {
        mealPlanSales
            .enrollmentPlan(wallet.coopCode(), now)
            .ifPresent(
                plan ->
                    mealPlanSales.hold(
                        wallet,
                        plan,
                        MealPlanHolding.Source.ENROLLMENT,
                        deposit.id(),
                        now,
                        caller()));
      }
    }
    audit.record(AuditAction.WALLET_ACTIVATED, caller(), subject(member), ip, "deposit " + total);
    return view(wallet);
  }

  /** Lost card or phone: the member stops every payment at once. */
  @RolesAllowed("MEMBER")
  public WalletView suspend(long memberId, String ip) {
    Member member = own(memberId);
    Wallet wallet = wallets.findForUpdate(open(member).id()).orElseThrow();
    wallet.suspend(clock.instant());
    audit.record(AuditAction.WALLET_SUSPENDED, caller(), subject(member), ip, null);
    return view(wallet);
  }

  /** A member's wallet for the staff member page. */
  @RolesAllowed("STAFF")
  public WalletView ofMember(long memberId) {
    return view(open(inScope(memberId)));
  }

  /**
   * Staff stop a wallet for the member who reports a lost card or phone at the counter or by
   * telephone; the reason (who reported it, how) is audited.
   */
  @RolesAllowed("STAFF")
  public WalletView suspendForMember(long memberId, String reason, String ip) {
    return byStaff(
        memberId, reason, ip, AuditAction.WALLET_SUSPENDED, w -> w.suspend(clock.instant()));
  }

  /** Staff resume a suspended wallet after checking who the member is; the reason is audited. */
  @RolesAllowed("STAFF")
  public WalletView resume(long memberId, String reason, String ip) {
    return byStaff(memberId, reason, ip, AuditAction.WALLET_RESUMED, Wallet::resume);
  }

  /** A change of the wallet's state by staff, for a member of their co-ops, with its reason. */
  private WalletView byStaff(
      long memberId, String reason, String ip, AuditAction action, Consumer<Wallet> change) {
    Member member = inScope(memberId);
    String why = TypedText.required("reason", reason, 200);
    Wallet wallet = wallets.findForUpdate(open(member).id()).orElseThrow();
    change.accept(wallet);
    audit.record(action, caller(), subject(member), ip, why);
    return view(wallet);
  }

  /** Links a student or staff ID card; one live card per wallet, one wallet per card. */
  @RolesAllowed("STAFF")
  public WalletView linkCard(long memberId, String uid, String ip) {
    Member member = inScope(memberId);
    String normalised = IcCard.normalised(uid);
    Wallet wallet = wallets.findForUpdate(open(member).id()).orElseThrow();
    if (wallet.status() == WalletStatus.CLOSED) {
      throw new WalletStateException(wallet.status());
    }
    if (wallets.liveCard(normalised).isPresent()) {
      throw new InvalidValueException("cardUid", "TAKEN");
    }
    if (wallets.liveCardOf(wallet.id()).isPresent()) {
      throw new InvalidValueException("cardUid", "ONE_CARD");
    }
    if (!wallets.storeIfFree(new IcCard(normalised, wallet.id(), caller(), clock.instant()))) {
      throw new InvalidValueException("cardUid", "TAKEN");
    }
    audit.record(AuditAction.IC_CARD_LINKED, caller(), subject(member), ip, normalised);
    return view(wallet);
  }

  @RolesAllowed("STAFF")
  public WalletView unlinkCard(long memberId, String ip) {
    Member member = inScope(memberId);
    Wallet wallet = wallets.findForUpdate(open(member).id()).orElseThrow();
    wallets
        .liveCardOf(wallet.id())
        .ifPresent(
            card -> {
              card.unlink(clock.instant());
              audit.record(AuditAction.IC_CARD_UNLINKED, caller(), subject(member), ip, card.uid());
            });
    return view(wallet);
  }

  /** The member's wallet, opened with its five purses on first use. */
  private Wallet open(Member member) {
    return wallets
        .findByMember(member.id())
        .orElseGet(
            () -> {
              // Two first requests at once (two tabs, a double click) would both open one: under
              // the member's lock the second finds the first's.
              members.findForUpdate(member.id());
              Optional<Wallet> opened = wallets.findByMember(member.id());
              if (opened.isPresent()) {
                return opened.get();
              }
              Wallet wallet = new Wallet(member.id(), member.coop().code());
              wallets.store(wallet);
              for (Purse p : Purse.values()) {
                wallets.store(LedgerAccount.purse(wallet, p));
              }
              return wallet;
            });
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
        wallets.liveCardOf(w.id()).map(IcCard::uid).orElse(null));
  }

  private static LedgerAccount purse(List<LedgerAccount> purses, Purse purse) {
    return purses.stream().filter(a -> a.purse() == purse).findFirst().orElseThrow();
  }

  private String destination(Account me, Channel channel) {
    if (channel == Channel.EMAIL) {
      return me.email().value();
    }
    return me.phone()
        .map(PhoneNumber::value)
        .orElseThrow(() -> new InvalidValueException("channel", "NO_PHONE"));
  }

  private Member own(long memberId) {
    Member member = ownMemberships.get(caller(), memberId);
    if (member.status() != MemberStatus.ACTIVE) {
      throw new MemberNotFoundException(memberId);
    }
    return member;
  }

  private Member inScope(long memberId) {
    return scopedMembers.get(memberId);
  }

  private Account me() {
    return accounts.findByEmail(EmailAddress.parse(caller())).orElseThrow();
  }

  private static String subject(Member member) {
    return member.number().map(n -> n.value()).orElse("member " + member.id());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
