package org.kumiai.service.mealplan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.mealplan.AcademicYear;
import org.kumiai.domain.mealplan.CafeteriaRecords;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.mealplan.MealPlan;
import org.kumiai.domain.mealplan.MealPlanHolding;
import org.kumiai.domain.mealplan.MealPlanRepository;
import org.kumiai.domain.mealplan.MealPlanTerms;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.UnansweredCardCharge;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.membership.ScopedMembers;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.payment.CardGateway;
import org.kumiai.service.payment.CardResult;
import org.kumiai.service.wallet.LateCardCharges;
import org.kumiai.service.wallet.SystemAccounts;

/**
 * Meal plans (REQUIREMENTS §5): staff define a co-op's products and sell them at the counter for
 * cash into the store's drawer, the price credited to the member's MEAL purse on the ledger in the
 * same transaction as the holding; members see today's cap on their home page.
 */
@Stateless
public class MealPlans {

  /** The ledger's reference of a plan bought by card: {@code meal plan card <the page's key>}. */
  private static final String REFERENCE = "meal plan card ";

  /** The acquirer's key of a plan bought by card: {@code meal-<the page's key>}. */
  private static final String GATEWAY_KEY = "meal-";

  @Inject private MealPlanRepository plans;
  @Inject private MealPlanSales sales;
  @Inject private MealCaps caps;
  @Inject private CafeteriaRecords records;
  @Inject private CoopRepository coops;
  @Inject private WalletRepository wallets;
  @Inject private MemberRepository members;
  @Inject private SystemAccounts systemAccounts;
  @Inject private LateCardCharges late;
  @Inject private StaffScope scope;
  @Inject private ScopedMembers scopedMembers;
  @Inject private OwnMemberships ownMemberships;
  @Inject private AuditTrail audit;
  @Inject private CardGateway cards;
  @Inject private SignInRateLimit ipLimit;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** A new product of one of the caller's co-ops; bad terms name their field. */
  @RolesAllowed("STAFF")
  public MealPlanView define(MealPlanTerms terms, String ip) {
    scope.coop(terms.coopCode());
    MealPlan plan = MealPlan.define(terms);
    if (plans.findByCode(plan.coopCode(), plan.code()).isPresent() || !plans.storeIfFree(plan)) {
      throw new InvalidValueException("code", "TAKEN");
    }
    audit.record(
        AuditAction.MEAL_PLAN_DEFINED,
        caller(),
        plan.coopCode() + "/" + plan.code(),
        ip,
        plan.price() + " cap " + plan.dailyCap());
    return MealPlanView.of(plan, today());
  }

  /**
   * Stops a plan's sale from today, on the portal and at the counter; members who hold it keep it.
   * Audited; a sale already over is refused as ENDED, another co-op's plan as its co-op not found.
   */
  @RolesAllowed("STAFF")
  public MealPlanView endSale(long planId, String ip) {
    MealPlan plan =
        plans.find(planId).orElseThrow(() -> new InvalidValueException("plan", "NOT_CHOSEN"));
    scope.coop(plan.coopCode());
    LocalDate today = today();
    plan.endSale(today);
    audit.record(
        AuditAction.MEAL_PLAN_SALE_ENDED,
        caller(),
        plan.coopCode() + "/" + plan.code(),
        ip,
        "sale " + plan.saleFrom() + " to " + plan.saleTo() + " ended on " + today);
    return MealPlanView.of(plan, today);
  }

  @RolesAllowed("STAFF")
  public List<MealPlanView> plansOf(String coopCode) {
    scope.coop(coopCode);
    LocalDate today = today();
    return plans.plansOf(coopCode).stream().map(p -> MealPlanView.of(p, today)).toList();
  }

  /**
   * Sells a plan to a member at the counter of one of the co-op's stores: the price in cash into
   * the drawer and to MEAL, one plan per academic year, audited.
   */
  @RolesAllowed("STAFF")
  public MealStatus sellAtCounter(String storeCode, long memberId, long planId, String ip) {
    Member member = scopedMembers.get(memberId);
    Store store =
        coops
            .findStore(storeCode == null ? "" : storeCode)
            .filter(s -> s.coop().code().equals(member.coop().code()))
            .orElseThrow(() -> new InvalidValueException("store", "NOT_THIS_COOP"));
    MealPlan plan =
        plans
            .find(planId)
            .filter(p -> p.coopCode().equals(member.coop().code()))
            .orElseThrow(() -> new InvalidValueException("plan", "NOT_CHOSEN"));
    Instant now = clock.instant();
    if (!plan.onSale(now.atZone(MealDay.JAPAN).toLocalDate())) {
      throw new InvalidValueException("plan", "NOT_ON_SALE");
    }
    Wallet wallet =
        wallets
            .findByMember(member.id())
            .flatMap(w -> wallets.findForUpdate(w.id()))
            .orElseThrow(() -> new WalletStateException(WalletStatus.INACTIVE));
    if (wallet.status() != WalletStatus.ACTIVE) {
      throw new WalletStateException(wallet.status());
    }
    sales.checkNotHeld(wallet, plan);
    LedgerAccount meal =
        wallets.purses(wallet.id()).stream()
            .filter(a -> a.purse() == Purse.MEAL)
            .findFirst()
            .orElseThrow();
    LedgerTransaction charge =
        LedgerTransaction.of(TransactionKind.CHARGE, plan.coopCode(), now, now, caller())
            .wallet(wallet.id())
            .amount(plan.price())
            .reference("meal plan " + plan.code())
            .store(store.code(), null)
            .debit(
                systemAccounts.get(AccountKind.CASH_DRAWER, plan.coopCode(), store.code()),
                plan.price())
            .credit(meal, plan.price())
            .post();
    wallets.store(charge);
    sales.hold(wallet, plan, MealPlanHolding.Source.COUNTER, charge.id(), now, caller());
    audit.record(
        AuditAction.MEAL_PLAN_SOLD,
        caller(),
        member.number().map(n -> n.value()).orElse("member " + member.id()),
        ip,
        plan.code() + " " + plan.price() + " cash at " + store.code());
    return bought(member, wallet, plan, now);
  }

  /**
   * The member buys a plan on sale in the portal by card: the card goes to the acquirer only; when
   * approved the price is credited to MEAL and the plan held in one transaction, with a receipt
   * mail. The page's key makes a double submit or a retry after no answer the same charge.
   */
  @RolesAllowed("MEMBER")
  public PlanPurchase buyByCard(
      long memberId,
      long planId,
      String key,
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
    Member member = ownMemberships.get(caller(), memberId);
    if (member.status() != MemberStatus.ACTIVE) {
      throw new MemberNotFoundException(memberId);
    }
    Instant now = clock.instant();
    MealPlan plan =
        plans
            .find(planId)
            .filter(p -> p.coopCode().equals(member.coop().code()))
            .orElseThrow(() -> new InvalidValueException("plan", "NOT_CHOSEN"));
    if (!plan.onSale(now.atZone(MealDay.JAPAN).toLocalDate())) {
      throw new InvalidValueException("plan", "NOT_ON_SALE");
    }
    CardDetails card =
        CardDetails.parse(
            number, expiry, code, birthday, YearMonth.now(clock.withZone(CoopTime.ZONE)));
    Wallet wallet = wallets.findForUpdate(wallets.active(member.id()).id()).orElseThrow();
    if (wallets.findByReference(wallet.id(), REFERENCE + key).isPresent()) {
      return new PlanPurchase(PlanPurchase.Result.BOUGHT, null, bought(member, wallet, plan, now));
    }
    sales.checkNotHeld(wallet, plan);
    // A plan charge from an earlier page (reloaded after no answer) may still be made: a second
    // one now would buy the plan twice, the first then owed back by hand.
    if (wallets.unansweredCardChargesOf(wallet.id()).stream()
        .anyMatch(c -> c.planId().isPresent() && !c.chargeKey().equals(key))) {
      throw new InvalidValueException("plan", "PURCHASE_PENDING");
    }
    Optional<UnansweredCardCharge> unanswered = wallets.unansweredCardCharge(key);
    CardResult result = cards.charge(GATEWAY_KEY + key, plan.price(), card);
    String subject = member.number().map(n -> n.value()).orElse("member " + member.id());
    switch (result.outcome()) {
      case APPROVED -> {
        unanswered.ifPresent(wallets::settled);
        sold(wallet, plan, key, caller(), caller(), lang, now);
        audit.record(
            AuditAction.MEAL_PLAN_SOLD,
            caller(),
            subject,
            ip,
            plan.code() + " " + plan.price() + " card");
        return new PlanPurchase(
            PlanPurchase.Result.BOUGHT, null, bought(member, wallet, plan, now));
      }
      case DECLINED -> {
        if (!CardGateway.KEY_REUSED.equals(result.declineReason())) {
          unanswered.ifPresent(wallets::settled);
        }
        audit.record(
            AuditAction.CARD_DECLINED, caller(), subject, ip, card + " " + result.declineReason());
        return new PlanPurchase(PlanPurchase.Result.DECLINED, result.declineReason(), null);
      }
      default -> {
        if (unanswered.isEmpty()) {
          wallets.store(
              new UnansweredCardCharge(
                      key, wallet.id(), Purse.MEAL, plan.price(), caller(), lang, now)
                  .buying(plan.id()));
        }
        return new PlanPurchase(PlanPurchase.Result.TIMEOUT, null, null);
      }
    }
  }

  /**
   * Asks the acquirer what became of a meal plan's card charge it did not answer, in a transaction
   * of its own (the wallet's timer): made — the plan is held and its price credited to MEAL, with
   * the receipt, or, when the wallet has been closed or holds that year's plan by now (bought at
   * the counter meanwhile), the money goes to REFUNDS for staff to pay back; refused or never
   * received — forgotten; no answer yet — asked at the next pass. Returns whether it was settled.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean settlePurchase(String key) {
    Optional<UnansweredCardCharge> found = wallets.unansweredCardCharge(key);
    if (found.isEmpty()) {
      return false;
    }
    UnansweredCardCharge charge = found.get();
    Wallet wallet = wallets.findForUpdate(charge.walletId()).orElseThrow();
    if (wallets.findByReference(wallet.id(), REFERENCE + key).isPresent()) {
      wallets.settled(charge);
      return true;
    }
    CardResult result = cards.inquire(GATEWAY_KEY + key);
    if (result.outcome() == CardResult.Outcome.TIMEOUT) {
      return false;
    }
    wallets.settled(charge);
    MealPlan plan = plans.find(charge.planId().orElseThrow()).orElseThrow();
    String subject =
        members
            .find(wallet.memberId())
            .flatMap(Member::number)
            .map(n -> n.value())
            .orElse("wallet " + wallet.id());
    if (result.outcome() == CardResult.Outcome.DECLINED) {
      audit.record(
          AuditAction.CARD_DECLINED,
          LateCardCharges.ACTOR,
          subject,
          null,
          "unanswered meal plan charge " + plan.code() + ": " + result.declineReason());
      return true;
    }
    Instant now = clock.instant();
    boolean holdable =
        wallet.status() != WalletStatus.CLOSED
            && plans.holding(wallet.id(), plan.academicYear()).isEmpty();
    if (!holdable) {
      late.owedBack(wallet, plan.price(), REFERENCE + key, now);
      audit.record(
          AuditAction.MEAL_PLAN_SOLD,
          LateCardCharges.ACTOR,
          subject,
          null,
          plan.code()
              + " "
              + plan.price()
              + " card confirmed after a timeout, owed back: "
              + (wallet.status() == WalletStatus.CLOSED ? "wallet closed" : "plan held already"));
      return true;
    }
    sold(wallet, plan, key, charge.askedBy(), LateCardCharges.ACTOR, charge.mailLanguage(), now);
    audit.record(
        AuditAction.MEAL_PLAN_SOLD,
        LateCardCharges.ACTOR,
        subject,
        null,
        plan.code() + " " + plan.price() + " card confirmed after a timeout");
    return true;
  }

  /** The card's money into MEAL and the plan held, with the receipt to {@code to}. */
  private void sold(
      Wallet wallet, MealPlan plan, String key, String to, String actor, Locale lang, Instant now) {
    LedgerTransaction charge =
        LedgerTransaction.of(TransactionKind.CHARGE, plan.coopCode(), now, now, actor)
            .wallet(wallet.id())
            .amount(plan.price())
            .reference(REFERENCE + key)
            .debit(
                systemAccounts.get(AccountKind.CARD_CLEARING, plan.coopCode(), null), plan.price())
            .credit(mealAccount(wallet), plan.price())
            .post();
    wallets.store(charge);
    sales.hold(wallet, plan, MealPlanHolding.Source.PORTAL, charge.id(), now, actor);
    boolean ja = lang.getLanguage().equals("ja");
    outbox.enqueueMail(
        to,
        templates.render("mealplan.bought.subject", lang, plan.name(ja)),
        templates.render(
            "mealplan.bought.body",
            lang,
            plan.name(ja),
            plan.price().formatted(),
            plan.dailyCap().formatted(),
            plan.validFrom().toString(),
            plan.validTo().toString()));
  }

  private LedgerAccount mealAccount(Wallet wallet) {
    return wallets.purses(wallet.id()).stream()
        .filter(a -> a.purse() == Purse.MEAL)
        .findFirst()
        .orElseThrow();
  }

  /** The member's plan today, if their wallet holds one. */
  @RolesAllowed("MEMBER")
  public Optional<MealStatus> today(long memberId) {
    Member member = ownMemberships.get(caller(), memberId);
    if (member.status() != MemberStatus.ACTIVE) {
      throw new MemberNotFoundException(memberId);
    }
    Instant now = clock.instant();
    return wallets
        .findByMember(member.id())
        .flatMap(w -> status(member, w, now).or(() -> heldAhead(w, now)));
  }

  /**
   * A plan held for an academic year still to come (bought in March for April), without one for
   * this year: shown as not serving yet, so the pages neither say "no plan" nor offer it again.
   */
  private Optional<MealStatus> heldAhead(Wallet wallet, Instant now) {
    int year = AcademicYear.of(now.atZone(MealDay.JAPAN).toLocalDate());
    return plans.holdings(wallet.id()).stream()
        .filter(h -> h.academicYear() > year)
        .map(MealPlanHolding::planId)
        .findFirst()
        .flatMap(plans::find)
        .map(plan -> notServingYet(wallet, plan, now));
  }

  /**
   * The member's plan today after buying {@code plan}; a plan for the next academic year, bought
   * before it starts, as not serving yet.
   */
  private MealStatus bought(Member member, Wallet wallet, MealPlan plan, Instant now) {
    return status(member, wallet, now).orElseGet(() -> notServingYet(wallet, plan, now));
  }

  private MealStatus notServingYet(Wallet wallet, MealPlan plan, Instant now) {
    LocalDate today = now.atZone(MealDay.JAPAN).toLocalDate();
    return new MealStatus(
        MealPlanView.of(plan, today), today, false, 0, 0, mealAccount(wallet).balance().value(), 0);
  }

  private Optional<MealStatus> status(Member member, Wallet wallet, Instant now) {
    Coop coop = coops.getCoop(member.coop().code());
    LedgerAccount meal =
        wallets.purses(wallet.id()).stream()
            .filter(a -> a.purse() == Purse.MEAL)
            .findFirst()
            .orElseThrow();
    int hour = coop.mealDayStartHour();
    return caps.at(coop, meal, now)
        .filter(a -> a.plan() != null)
        .map(
            a ->
                new MealStatus(
                    MealPlanView.of(a.plan(), a.day().date()),
                    a.day().date(),
                    a.plan().serves(a.day().date()),
                    a.used().value(),
                    Math.min(a.remaining().value(), meal.balance().value()),
                    meal.balance().value(),
                    records.mealDrawn(
                        wallet.id(),
                        MealDay.startOf(a.plan().validFrom(), hour),
                        MealDay.startOf(a.plan().validTo().plusDays(1), hour))));
  }

  /**
   * What the counter needs to sell a member a plan: the plan they hold now, or have bought ahead
   * (null without one), the plans on sale they may buy (for an academic year they hold none of) and
   * the co-op's stores, whose drawer takes the cash.
   */
  public record CounterOptions(MealStatus held, List<MealPlanView> onSale, List<StoreChoice> stores)
      implements Serializable {}

  /** A store of the member's co-op as the counter's choice. */
  public record StoreChoice(String code, LocalizedText name) implements Serializable {}

  @RolesAllowed("STAFF")
  public CounterOptions counterOptions(long memberId) {
    Member member = scopedMembers.get(memberId);
    Coop coop = coops.getCoop(member.coop().code());
    Instant now = clock.instant();
    MealStatus held =
        wallets
            .findByMember(member.id())
            .flatMap(w -> status(member, w, now).or(() -> heldAhead(w, now)))
            .orElse(null);
    return new CounterOptions(
        held,
        forSale(member),
        coops.storesOf(coop).stream()
            .sorted(
                Comparator.comparing((Store s) -> s.kind() != StoreKind.SHOP)
                    .thenComparing(Store::code))
            .map(s -> new StoreChoice(s.code(), s.name()))
            .toList());
  }

  /**
   * The plans the member may buy now, on the portal or at the counter: on sale at their co-op, for
   * an academic year their wallet holds no plan of (so a holder of this year's plan can buy next
   * year's before April).
   */
  @RolesAllowed("MEMBER")
  public List<MealPlanView> onSaleFor(long memberId) {
    return forSale(ownMemberships.get(caller(), memberId));
  }

  private List<MealPlanView> forSale(Member member) {
    Set<Integer> held =
        wallets
            .findByMember(member.id())
            .map(
                w ->
                    plans.holdings(w.id()).stream()
                        .map(MealPlanHolding::academicYear)
                        .collect(Collectors.toSet()))
            .orElse(Set.of());
    return onSale(member.coop().code()).stream()
        .filter(p -> !held.contains(p.academicYear()))
        .toList();
  }

  /** Plans members of the co-op can buy today. */
  @RolesAllowed({"STAFF", "MEMBER"})
  public List<MealPlanView> onSale(String coopCode) {
    LocalDate today = today();
    return plans.plansOf(coopCode).stream()
        .filter(p -> p.onSale(today))
        .map(p -> MealPlanView.of(p, today))
        .toList();
  }

  private LocalDate today() {
    return clock.instant().atZone(MealDay.JAPAN).toLocalDate();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
