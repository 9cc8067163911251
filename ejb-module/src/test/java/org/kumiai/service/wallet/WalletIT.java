package org.kumiai.service.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.WalletRules;
import org.kumiai.domain.mealplan.AcademicYear;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.mealplan.MealPlanTerms;
import org.kumiai.domain.mealplan.MealRefundRule;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.membership.CardToken;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.AutoCharge;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Side;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletFigures;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopRules;
import org.kumiai.service.identity.Accounts;
import org.kumiai.service.identity.PasswordCheck;
import org.kumiai.service.identity.SignIn;
import org.kumiai.service.mealplan.CafeteriaDay;
import org.kumiai.service.mealplan.CafeteriaHistory;
import org.kumiai.service.mealplan.CafeteriaMonth;
import org.kumiai.service.mealplan.CafeteriaReports;
import org.kumiai.service.mealplan.MealPlanView;
import org.kumiai.service.mealplan.MealPlans;
import org.kumiai.service.mealplan.MealStatus;
import org.kumiai.service.mealplan.MenuCsv;
import org.kumiai.service.mealplan.MenuItemView;
import org.kumiai.service.mealplan.MenuPreview;
import org.kumiai.service.mealplan.Menus;
import org.kumiai.service.mealplan.PlanPurchase;
import org.kumiai.service.membership.ApplicationForm;
import org.kumiai.service.membership.CardKey;
import org.kumiai.service.membership.EnrollmentView;
import org.kumiai.service.membership.Enrollments;
import org.kumiai.service.membership.MemberEdits;
import org.kumiai.service.membership.Memberships;
import org.kumiai.service.membership.WithdrawalForm;
import org.kumiai.service.membership.WithdrawalTerms;
import org.kumiai.service.membership.WithdrawalView;
import org.kumiai.service.membership.Withdrawals;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsMember;
import org.kumiai.testing.AsStaff;
import org.kumiai.testing.MemberAccountLinks;
import org.kumiai.testing.SlipCalendar;

/**
 * The wallet with real JTA: activation by code and consent crediting what the enrollment prepaid;
 * register payments in purse order with points, declines, idempotent replays and conflicts, refunds
 * and reversals; suspension; and 2,000 concurrent payments over 20 wallets with retried keys, after
 * which no purse is negative, no key paid twice and the ledger sums to zero.
 */
@ExtendWith(ArquillianExtension.class)
class WalletIT {

  private static final Pattern CODE = Pattern.compile("(\\d{6})");
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
            "wallet",
            Map.of(
                "kumiai.db.url",
                "jdbc:h2:mem:wallet;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "LOCK_TIMEOUT=20000"))
        .addClasses(AsStaff.class, AsMember.class, MemberAccountLinks.class, SlipCalendar.class)
        .addAsWebInfResource(new File("src/test/resources/withdrawal-it/glassfish-web.xml"));
  }

  @Inject Enrollments enrollments;
  @Inject Wallets walletService;
  @Inject SignIn signIn;
  @Inject RegisterPayments payments;
  @Inject Charges charges;
  @Inject KonbiniCharges konbini;
  @Inject Counter counter;
  @Inject StaffRefunds refunds;
  @Inject WalletReports reports;
  @Inject AutoCharges autoCharges;
  @Inject AutoChargeRounds rounds;
  @Inject AutoChargeTimer timer;
  @Inject WalletHousekeeping housekeeping;
  @Inject KonbiniSecret secret;
  @Inject Transfers transfers;
  @Inject Withdrawals withdrawals;
  @Inject Memberships memberships;
  @Inject WalletHistory history;
  @Inject RegisterKeys keys;
  @Inject RegisterCallers callers;
  @Inject PurchaseHistory purchaseHistory;
  @Inject WalletRepository ledger;
  @Inject CoopRules coopRules;
  @Inject AuditTrail auditTrail;
  @Inject MemberRepository members;
  @Inject Outbox outbox;
  @Inject AsStaff asStaff;
  @Inject UserTransaction tx;
  @Inject AsMember asMember;
  @Inject SlipCalendar slipCalendar;
  @Inject MemberAccountLinks links;
  @Inject MemberEdits edits;
  @Inject Accounts accounts;
  @Inject MealPlans mealPlans;
  @Inject Menus menus;
  @Inject CafeteriaHistory cafeteria;
  @Inject CafeteriaReports cafeteriaReports;
  @Inject CardKey cardKey;

  /** A paid HOKUTO member with these enrollment items, linked to the test member account. */
  private long member(Map<String, Integer> items) throws Exception {
    long id = applicant(items);
    links.link(id);
    return id;
  }

  private long mailsTo(String address) {
    return outbox.latest(500).stream().filter(m -> m.recipient().equals(address)).count();
  }

  /** A member paid at the counter, whose membership no sign-in holds yet. */
  private long applicant(Map<String, Integer> items) throws Exception {
    int n = PEOPLE.incrementAndGet();
    String email = "wallet-" + n + "-" + System.nanoTime() + "@example.jp";
    ApplicationForm form =
        new ApplicationForm(
            "HOKUTO",
            "財布",
            "花子",
            "サイフ",
            "ハナコ",
            LocalDate.of(2004, 1, 1).plusDays(n * 3L).toString(),
            email,
            "090-6200-" + (1000 + n),
            "060-0808",
            "北海道",
            "札幌市北区",
            "北8条西5丁目",
            null,
            "STUDENT",
            "工学部",
            null,
            items);
    EnrollmentView applied = enrollments.apply(form, "198.18.2." + (n % 250 + 1));
    asStaff.call(() -> enrollments.payAtCounter(applied.id(), Locale.JAPANESE, "203.0.113.9"));
    return members.findByEmail(EmailAddress.parse(email)).get(0).id();
  }

  /** The member proves the code mailed to the account and allows the portal: active. */
  private WalletView activated(long memberId) throws Exception {
    return asMember.call(
        () -> {
          walletService.sendCode(memberId, Wallets.Channel.EMAIL, Locale.JAPANESE);
          String body =
              outbox.latest(50).stream()
                  .filter(m -> m.channel() == Channel.MAIL && m.recipient().equals(AsMember.EMAIL))
                  .findFirst()
                  .orElseThrow()
                  .body();
          Matcher m = CODE.matcher(body);
          assertTrue(m.find(), body);
          assertTrue(
              walletService
                  .proveCode(memberId, Wallets.Channel.EMAIL, m.group(1), "ip")
                  .accepted());
          return walletService.activate(memberId, "ip");
        });
  }

  private String cardOf(long memberId) throws Exception {
    String uid = String.format("04%012X", memberId * 7919L);
    asStaff.call(() -> walletService.linkCard(memberId, uid, "ip"));
    return uid;
  }

  /** A payment from register IT-n of a store, as {@link #register} issued it. */
  private static PaymentCommand pay(String store, String uid, long amount, Category category) {
    return pay(store, uid, amount, category, List.of());
  }

  private static PaymentCommand pay(
      String store, String uid, long amount, Category category, List<PaymentCommand.Item> items) {
    return new PaymentCommand(
        store, REGISTERS.get(store), "IC_CARD", uid, Yen.of(amount), category, items, null);
  }

  private static final Map<String, String> REGISTERS = new ConcurrentHashMap<>();

  /** HOKUTO-CAFE's row of the cafeteria report for one day (zeros when it sold nothing). */
  private CafeteriaReports.DaySales cafeteriaDay(LocalDate date) throws Exception {
    return asStaff.call(() -> cafeteriaReports.report("HOKUTO", date, date)).days().stream()
        .filter(d -> d.storeCode().equals("HOKUTO-CAFE"))
        .findFirst()
        .orElse(new CafeteriaReports.DaySales(date, "HOKUTO-CAFE", 0, 0, 0));
  }

  private static JsonObject json(ApiAnswer answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** A new register in the store, which {@link #pay} then uses; the demo's R1 is left alone. */
  private RegisterView register(String store) {
    String code = "IT-" + PEOPLE.incrementAndGet();
    REGISTERS.put(store, code);
    return callers.authenticate(keys.issueForDemo(store, code)).orElseThrow();
  }

  @Test
  void activationNeedsACodeAndConsentAndCreditsWhatTheEnrollmentPrepaid() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000, "MEAL", 1));
    WalletView before = asMember.call(() -> walletService.mine(id));
    assertEquals(WalletStatus.INACTIVE, before.status());
    assertEquals(Yen.ZERO, before.spendable());
    assertThrows(
        WalletStateException.class,
        () -> asMember.call(() -> walletService.activate(id, "ip")),
        "no consent without a proven code");

    WalletView after = activated(id);
    assertEquals(WalletStatus.ACTIVE, after.status());
    assertEquals(Yen.of(5_000), after.balances().get(Purse.BASE));
    assertEquals(Yen.of(96_000), after.balances().get(Purse.MEAL));
    assertThrows(
        WalletStateException.class, () -> asMember.call(() -> walletService.activate(id, "ip")));
    WithdrawalTerms terms = asMember.call(() -> withdrawals.terms(id));
    assertEquals(Yen.of(96_000), terms.meal().balance(), "the plan bought at enrollment");
    assertEquals(
        Yen.of(5_000 + terms.meal().refund().value()),
        terms.emoney(),
        "withdrawal shows the e-money and what the co-op's rule gives back of the meal plan");
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void whenTheMembershipEndsTheWalletIsSettledOnTheLedgerAndClosedForGood() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000, "MEAL", 1));
    activated(id);
    String uid = cardOf(id);
    RegisterView shop = register("HOKUTO-SHOP");
    ApiAnswer paid =
        payments.pay(shop, key(), "c1", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS));
    assertEquals(201, paid.status());
    long paymentId = json(paid).getJsonNumber("paymentId").longValue();
    KonbiniCharges.Payer payer =
        new KonbiniCharges.Payer("財布 花子", "ｻｲﾌ ﾊﾅｺ", "leaver@example.jp", "090-6300-0001");
    SlipView slip =
        asMember.call(
            () -> konbini.issue(id, key(), "BASE", 2_000, "LAWSON", payer, Locale.JAPANESE));
    // BASE 4,000, MEAL 96,000 and 5 points; HOKUTO refunds e-money and the plan's unused days.
    Yen mealRefund = asMember.call(() -> withdrawals.terms(id)).meal().refund();
    WithdrawalView requested =
        asMember.call(
            () ->
                withdrawals.request(
                    id,
                    new WithdrawalForm(
                        "GRADUATION",
                        null,
                        "BANK_TRANSFER",
                        "0005",
                        "123",
                        "ORDINARY",
                        "1234567",
                        "サイフ ハナコ"),
                    "ip"));
    WithdrawalView reviewed =
        asStaff.call(() -> withdrawals.review(requested.id(), "VOLUNTARY", "", "ip"));
    assertEquals(
        Yen.of(reviewed.refund().value() + 4_000 + mealRefund.value()),
        reviewed.payout(),
        "the payout pays the share capital and the e-money the co-op gives back");
    assertEquals(
        WalletStatus.ACTIVE,
        ledger.findByMember(id).orElseThrow().status(),
        "spendable until the payout");
    // Spent after staff saw the payout (and perhaps made the transfer): paying out what they saw
    // would pay 1,000 of it twice.
    assertEquals(
        201,
        payments.pay(shop, key(), "c3", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS)).status());
    InvalidValueException changed =
        assertThrows(
            InvalidValueException.class,
            () ->
                asStaff.call(
                    () -> withdrawals.payOut(requested.id(), "振込 #12", reviewed.payout(), "ip")));
    assertEquals("payout CHANGED", changed.field() + " " + changed.reason());
    assertEquals(WalletStatus.ACTIVE, ledger.findByMember(id).orElseThrow().status());
    Yen payout = asStaff.call(() -> withdrawals.view(requested.id())).payout();
    assertEquals(Yen.of(reviewed.payout().value() - 1_000), payout);
    asStaff.call(() -> withdrawals.payOut(requested.id(), "振込 #12", payout, "ip"));

    Wallet wallet = ledger.findByMember(id).orElseThrow();
    assertEquals(WalletStatus.CLOSED, wallet.status());
    assertTrue(
        ledger.purses(wallet.id()).stream().allMatch(p -> p.balance().equals(Yen.ZERO)),
        "every purse emptied");
    LedgerTransaction closure =
        ledger.findByReference(wallet.id(), "withdrawal " + requested.id()).orElseThrow();
    assertEquals(TransactionKind.CLOSURE, closure.kind());
    assertEquals(Yen.of(3_000 + 96_000 + 10), closure.amount());
    assertEquals(
        Yen.of(3_000 + mealRefund.value()),
        credited(closure, AccountKind.REFUNDS),
        "what the payout gives back");
    assertEquals(
        Yen.of(96_000 - mealRefund.value() + 10), credited(closure, AccountKind.FORFEITED));
    assertEquals(
        "UNKNOWN_CREDENTIAL",
        json(payments.pay(shop, key(), "c2", pay("HOKUTO-SHOP", uid, 10, Category.GOODS)))
            .getString("reason"),
        "the card was unlinked");
    assertThrows(
        WalletStateException.class,
        () -> asStaff.call(() -> walletService.resume(id, "本人確認", "ip")));
    assertThrows(
        WalletStateException.class,
        () -> asStaff.call(() -> walletService.linkCard(id, "04AB000000CD", "ip")));

    // Nothing goes back into the settled purses: refunds are refused (the store gives cash), and
    // the slip, voided by the closure, if paid at the till after all is kept to be paid back.
    assertThrows(
        WalletStateException.class,
        () ->
            asStaff.call(
                () -> refunds.refund(id, paymentId, Yen.of(500), "返品", left(id, paymentId), "ip")));
    ApiAnswer refused = payments.refund(shop, key(), "r1", paymentId, Yen.of(500), "返品");
    assertEquals(409, refused.status(), refused.body());
    assertEquals("WALLET_CLOSED", json(refused).getString("reason"));
    assertTrue(
        konbini.issued().stream().noneMatch(s -> s.number().equals(slip.number())),
        "voided by the closure: no longer live");
    assertEquals(
        KonbiniCharges.NoticeResult.OWED_BACK,
        konbini.notice("closed-1", slip.number(), "CONFIRMED", 2_000));
    assertTrue(
        ledger.purses(wallet.id()).stream().allMatch(p -> p.balance().equals(Yen.ZERO)),
        "the purses stay settled");
    LedgerTransaction owed =
        ledger.findByReference(wallet.id(), "konbini " + slip.number()).orElseThrow();
    assertEquals(Yen.of(2_000), credited(owed, AccountKind.REFUNDS), "kept to be paid back");
    assertTrue(mailed("【大学生協】コンビニでのお支払い ¥2,000 のご返金について"));
    assertEquals(0, ledger.entrySum());
  }

  /** What the transaction credited to the HOKUTO system account of this kind. */
  private Yen credited(LedgerTransaction t, AccountKind kind) {
    long account = ledger.findSystemAccount(kind, "HOKUTO", null).orElseThrow().id();
    return t.entries().stream()
        .filter(e -> e.accountId() == account && e.side() == Side.CREDIT)
        .map(LedgerEntry::amount)
        .findFirst()
        .orElse(Yen.ZERO);
  }

  @Test
  void paymentsFollowThePurseOrderEarnPointsAndAreRefundedOrReversed() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000, "MEAL", 1));
    String uid = cardOf(id);
    RegisterView cafe = register("HOKUTO-CAFE");
    RegisterView book = register("HOKUTO-BOOK");

    long inactive = member(Map.of("SHARE", 10));
    String inactiveCard = cardOf(inactive);
    assertEquals(
        "NOT_ACTIVATED",
        json(payments.pay(cafe, key(), "h0", pay("HOKUTO-CAFE", inactiveCard, 100, Category.FOOD)))
            .getString("reason"));
    activated(id);

    // MEAL gives what is left of today's cap of the HOKUTO plan the enrollment bought (none on a
    // Sunday); the rest comes from BASE, CAFETERIA being empty.
    long cap = asMember.call(() -> mealPlans.today(id)).orElseThrow().remainingToday();
    long amount = cap + 1_000;
    String k1 = key();
    ApiAnswer lunch = payments.pay(cafe, k1, "h1", pay("HOKUTO-CAFE", uid, amount, Category.FOOD));
    assertEquals(201, lunch.status(), lunch.body());
    JsonObject paid = json(lunch);
    assertEquals(cap, paid.getJsonObject("byPurse").getInt("MEAL", 0));
    assertEquals(1_000, paid.getJsonObject("byPurse").getInt("BASE"));
    assertEquals(amount * 50 / 10_000, paid.getInt("pointsEarned"), "0.5%, rounded down");
    assertEquals(4_000, paid.getJsonObject("balances").getInt("BASE"));
    assertEquals(0, paid.getInt("mealCapRemaining"));

    assertEquals(
        lunch, payments.pay(cafe, k1, "h1", pay("HOKUTO-CAFE", uid, amount, Category.FOOD)));
    assertEquals(
        409,
        payments.pay(cafe, k1, "other", pay("HOKUTO-CAFE", uid, 1, Category.FOOD)).status(),
        "the same key with another request");

    ApiAnswer shortFunds =
        payments.pay(book, key(), "h2", pay("HOKUTO-BOOK", uid, 4_001, Category.BOOK));
    assertEquals(402, shortFunds.status());
    assertEquals("INSUFFICIENT_FUNDS", json(shortFunds).getString("reason"));
    ApiAnswer books =
        payments.pay(book, key(), "h3", pay("HOKUTO-BOOK", uid, 1_000, Category.BOOK));
    assertEquals(100, json(books).getInt("pointsEarned"), "10% on books");

    long lunchId = paid.getJsonNumber("paymentId").longValue();
    ApiAnswer part = payments.refund(cafe, key(), "r1", lunchId, Yen.of(300), "冷めていた");
    assertEquals(201, part.status(), part.body());
    assertEquals(3_300, json(part).getJsonObject("balances").getInt("BASE"), "BASE first");
    assertEquals(
        amount * 50 / 10_000 - (amount - 300) * 50 / 10_000,
        json(part).getInt("pointsReturned"),
        "the points on the part refunded");
    ApiAnswer tooMuch = payments.refund(cafe, key(), "r2", lunchId, Yen.of(amount - 300 + 1), "x");
    assertEquals(400, tooMuch.status());
    ApiAnswer rest = payments.refund(cafe, key(), "r3", lunchId, Yen.of(amount - 300), "取消");
    JsonObject restored = json(rest).getJsonObject("balances");
    assertEquals(96_000, restored.getInt("MEAL"));
    assertEquals(4_000, restored.getInt("BASE"));
    assertEquals(100, restored.getInt("POINTS"), "only the book's points remain");
    assertEquals(
        cap,
        asMember.call(() -> mealPlans.today(id)).orElseThrow().remainingToday(),
        "a refunded payment gives the day its cap back");

    long booksId = json(books).getJsonNumber("paymentId").longValue();
    JsonObject reversed = json(payments.refund(book, key(), "r4", booksId, Yen.of(1_000), "返品"));
    assertEquals(5_000, reversed.getJsonObject("balances").getInt("BASE"));
    assertEquals(0, reversed.getJsonObject("balances").getInt("POINTS"));
    assertEquals(
        "REVERSAL", ledger.correctionsOf(booksId).get(0).kind().name(), "a whole refund mirrors");

    asMember.call(() -> walletService.suspend(id, "ip"));
    assertEquals(
        "WALLET_SUSPENDED",
        json(payments.pay(cafe, key(), "h4", pay("HOKUTO-CAFE", uid, 10, Category.FOOD)))
            .getString("reason"));
    asStaff.call(() -> walletService.resume(id, "学生証で本人確認", "ip"));
    assertEquals(
        201, payments.pay(cafe, key(), "h5", pay("HOKUTO-CAFE", uid, 10, Category.FOOD)).status());
    // A member who lost the card telephones: staff stop the wallet, with who called as reason.
    assertEquals(
        "reason",
        assertThrows(
                InvalidValueException.class,
                () -> asStaff.call(() -> walletService.suspendForMember(id, " ", "ip")))
            .field());
    asStaff.call(() -> walletService.suspendForMember(id, "本人から電話（学生証紛失）", "ip"));
    assertEquals(
        "WALLET_SUSPENDED",
        json(payments.pay(cafe, key(), "h6", pay("HOKUTO-CAFE", uid, 10, Category.FOOD)))
            .getString("reason"));
    asStaff.call(() -> walletService.resume(id, "学生証の再発行を確認", "ip"));

    // One live card per wallet and one wallet per card; a lost card unlinked pays no more.
    assertEquals(
        "ONE_CARD",
        assertThrows(
                InvalidValueException.class,
                () -> asStaff.call(() -> walletService.linkCard(id, "04BB0000000001", "ip")))
            .reason());
    assertEquals(
        "TAKEN",
        assertThrows(
                InvalidValueException.class,
                () -> asStaff.call(() -> walletService.linkCard(inactive, uid, "ip")))
            .reason());
    asStaff.call(() -> walletService.unlinkCard(id, "ip"));
    assertEquals(
        "UNKNOWN_CREDENTIAL",
        json(payments.pay(cafe, key(), "h7", pay("HOKUTO-CAFE", uid, 10, Category.FOOD)))
            .getString("reason"));
    String replacement = String.format("04BB%010X", id);
    asStaff.call(() -> walletService.linkCard(id, replacement, "ip"));
    assertEquals(
        201,
        payments
            .pay(cafe, key(), "h8", pay("HOKUTO-CAFE", replacement, 10, Category.FOOD))
            .status());
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void staffIssueRevokeAndReissueARegistersKey() throws Exception {
    String code = "IT-KEY-" + PEOPLE.incrementAndGet();
    String first = asStaff.call(() -> keys.issue("HOKUTO-SHOP", code, "ip"));
    RegisterView register = callers.authenticate(first).orElseThrow();
    assertEquals(code, register.registerCode());
    assertEquals(
        "TAKEN",
        assertThrows(
                InvalidValueException.class,
                () -> asStaff.call(() -> keys.issue("HOKUTO-SHOP", code, "ip")))
            .reason(),
        "one live key per register");
    assertThrows(
        org.kumiai.domain.coop.CoopNotFoundException.class,
        () -> asStaff.call(() -> keys.issue("WAKABA-SHOP", code, "ip")),
        "another co-op's store");

    asStaff.call(
        () -> {
          keys.revoke(register.id(), "ip");
          return null;
        });
    assertTrue(callers.authenticate(first).isEmpty(), "a revoked key is refused at once");
    // The leaked key's register gets a new one; it stays the same register.
    String second = asStaff.call(() -> keys.issue("HOKUTO-SHOP", code, "ip"));
    assertEquals(register.id(), callers.authenticate(second).orElseThrow().id());
    assertTrue(callers.authenticate(first).isEmpty(), "the old key stays refused");
  }

  @Test
  void twoStaffIssuingOneNewRegisterAtOnceGetOneKeyAndAReason() throws Exception {
    String code = "IT-RACE-" + PEOPLE.incrementAndGet();
    String[] first = new String[1];
    // The first issue is not committed yet when the second looks, so the second sees the code
    // free and its insert meets the first's at the unique index.
    Object outcome =
        whileUncommitted(
            () -> first[0] = keys.issueForDemo("HOKUTO-SHOP", code),
            () -> asStaff.call(() -> keys.issue("HOKUTO-SHOP", code, "ip")));
    InvalidValueException refused =
        assertInstanceOf(InvalidValueException.class, outcome, () -> "got " + outcome);
    assertEquals("registerCode", refused.field());
    assertEquals("TAKEN", refused.reason());
    assertEquals(code, callers.authenticate(first[0]).orElseThrow().registerCode());
  }

  @Test
  void twoStaffDefiningOneMealPlanAtOnceGetOnePlanAndAReason() throws Exception {
    int year = AcademicYear.of(LocalDate.now(MealDay.JAPAN));
    String code = "IT-RACE-" + PEOPLE.incrementAndGet();
    Object outcome =
        whileUncommitted(
            () -> asStaff.call(() -> mealPlans.define(plan(code, year, 96_000), "ip")),
            () -> asStaff.call(() -> mealPlans.define(plan(code, year, 80_000), "ip")));
    InvalidValueException refused =
        assertInstanceOf(InvalidValueException.class, outcome, () -> "got " + outcome);
    assertEquals("code", refused.field());
    assertEquals("TAKEN", refused.reason());
    assertEquals(
        List.of(96_000L),
        asStaff.call(() -> mealPlans.plansOf("HOKUTO")).stream()
            .filter(p -> p.code().equals(code))
            .map(MealPlanView::price)
            .toList());
  }

  @Test
  void aMembershipHeldByAnotherSignInCannotBeAddedToOneMore() throws Exception {
    member(Map.of("SHARE", 10));
    long student = applicant(Map.of("SHARE", 10, "EMONEY", 5_000));
    String holder = "held-" + PEOPLE.incrementAndGet() + "@example.jp";
    links.linkTo(holder, student);
    String mailbox = members.find(student).orElseThrow().email().orElseThrow().value();
    long mailed = mailsTo(mailbox);

    // A parent with a sign-in of their own, who knows the student's number and birthday.
    InvalidValueException atSend =
        assertThrows(
            InvalidValueException.class,
            () -> asMember.call(() -> memberships.sendCode(student, Locale.JAPANESE)));
    InvalidValueException atConfirm =
        assertThrows(
            InvalidValueException.class,
            () -> asMember.call(() -> memberships.confirm(student, "123456", "ip")));

    assertEquals("HELD_ELSEWHERE", atSend.reason());
    assertEquals("HELD_ELSEWHERE", atConfirm.reason());
    assertEquals(mailed, mailsTo(mailbox), "no code mailed");
    assertFalse(
        asMember.call(() -> memberships.mine()).stream().anyMatch(m -> m.memberId() == student),
        "not added");

    // At the counter, after checking who the student is, staff take the membership off the other
    // sign-in: it moves to the sign-in of the registered address, made meanwhile, which could not
    // take it at sign-up while another held it.
    links.signUp(mailbox);
    InvalidValueException noReason =
        assertThrows(
            InvalidValueException.class, () -> asStaff.call(() -> removeSignIn(student, " ")));
    assertEquals("reason", noReason.field());
    assertEquals(Optional.of(holder), links.heldBy(student), "nothing moved without a reason");
    Instant signedIn = Instant.now();
    asStaff.call(() -> removeSignIn(student, "学生証で本人確認"));
    assertEquals(Optional.of(mailbox), links.heldBy(student));
    assertTrue(links.sessionEnded(holder, signedIn), "the other sign-in signed out at once");
    InvalidValueException own =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> removeSignIn(student, "学生証で本人確認")));
    assertEquals("REGISTERED_ADDRESS", own.reason());
    AuditEvent audited =
        auditTrail
            .about(members.find(student).orElseThrow().number().orElseThrow().value(), 1)
            .get(0);
    assertEquals(AuditAction.MEMBERSHIP_REMOVED, audited.action());
    assertEquals(holder + " -> " + mailbox + ": 学生証で本人確認", audited.detail());
  }

  private Void removeSignIn(long memberId, String reason) {
    edits.removeSignIn(memberId, reason, "198.18.3.30");
    return null;
  }

  @Test
  void aMembershipTakenOffASignInNoLongerChargesTheCardThatSignInSaved() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    String uid = cardOf(id);
    long wallet = ledger.findByMember(id).orElseThrow().id();
    autoCharge(id, "BASE", "FIXED", 3_000, 1_000, "4242424242424242", "198.18.9.40");

    asStaff.call(() -> removeSignIn(id, "別人のサインインに登録されていた"));
    asStaff.call(() -> counter.pay("HOKUTO-SHOP", "IC_CARD", uid, "GOODS", 2_500, key(), "ip"));

    assertEquals(
        AutoChargeRounds.Outcome.NOT_DUE,
        rounds.charge(wallet),
        "the card saved by the sign-in that held it is not charged");
    timer.runOnce();
    assertEquals(
        Yen.of(2_500),
        asStaff.call(() -> walletService.ofMember(id)).balances().get(Purse.BASE),
        "below the rule's 3,000, not charged");
  }

  @Test
  void aCardChargeWaitingWhileTheWalletIsSuspendedChargesNothing() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 1_000));
    activated(id);
    // The lost phone reported: the suspension holds the wallet's lock until it commits.
    Object outcome =
        whileUncommitted(
            () -> asMember.call(() -> walletService.suspend(id, "198.18.3.9")),
            () -> cardCharge(id, key(), 3_000, "4242 4242 4242 4242", "198.18.3.10"));
    assertInstanceOf(WalletStateException.class, outcome, () -> "got " + outcome);
    assertEquals(Yen.of(1_000), balance(id, Purse.BASE), "nothing credited");
  }

  @Test
  void twoThousandConcurrentPaymentsWithRetriedKeysLoseAndDuplicateNothing() throws Exception {
    RegisterView cafe = register("HOKUTO-CAFE");
    List<String> cards = new ArrayList<>();
    List<Long> wallets = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long id = member(Map.of("SHARE", 10, "EMONEY", 60_000));
      activated(id);
      cards.add(cardOf(id));
      wallets.add(ledger.findByMember(id).orElseThrow().id());
    }
    WalletRepository.HistoryQuery everything =
        new WalletRepository.HistoryQuery(null, null, null, null, null);
    long before = wallets.stream().mapToLong(w -> ledger.historySize(w, everything)).sum();

    Set<Long> paid = ConcurrentHashMap.newKeySet();
    AtomicInteger declined = new AtomicInteger();
    AtomicInteger replayed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String card = cards.get(i % 20);
      long amount = ThreadLocalRandom.current().nextLong(1, 1_500);
      String k = key();
      done.add(
          pool.submit(
              () -> {
                PaymentCommand cmd = pay("HOKUTO-CAFE", card, amount, Category.FOOD);
                ApiAnswer first = payments.pay(cafe, k, "c" + amount, cmd);
                if (ThreadLocalRandom.current().nextInt(10) == 0) {
                  ApiAnswer again = payments.pay(cafe, k, "c" + amount, cmd);
                  assertEquals(first, again, "a retried key replays its first answer");
                  replayed.incrementAndGet();
                }
                if (first.status() == 201) {
                  assertTrue(paid.add(json(first).getJsonNumber("paymentId").longValue()));
                } else {
                  assertEquals("INSUFFICIENT_FUNDS", json(first).getString("reason"));
                  declined.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    long after = wallets.stream().mapToLong(w -> ledger.historySize(w, everything)).sum();
    assertEquals(paid.size(), after - before, "one payment per key, no more, no fewer");
    assertEquals(2_000, paid.size() + declined.get());
    assertTrue(replayed.get() > 100, "about a tenth of the keys were sent twice");
    assertEquals(0, ledger.entrySum(), "every transaction balances");
    assertEquals(0, ledger.pursesOffTheirEntries(), "each purse equals its entries");
    for (long w : wallets) {
      assertFalse(
          ledger.purses(w).stream().anyMatch(a -> a.balance().value() < 0), "no negative purse");
    }
  }

  @Test
  void aCardChargeCreditsOncePerKeyWithinTheLimitsWithAReceipt() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String k = key();
    ChargeOutcome declined =
        asMember.call(
            () ->
                charges.byCard(
                    id,
                    k,
                    "CAFETERIA",
                    3_000,
                    "4000 0000 0000 0002",
                    "12/30",
                    "123",
                    "0101",
                    Locale.JAPANESE,
                    "198.18.3.1"));
    assertEquals(ChargeOutcome.Result.DECLINED, declined.result());
    assertEquals(Yen.ZERO, declined.wallet().balances().get(Purse.CAFETERIA));

    String good = key();
    ChargeOutcome charged =
        asMember.call(
            () ->
                charges.byCard(
                    id,
                    good,
                    "CAFETERIA",
                    3_000,
                    "4242 4242 4242 4242",
                    "12/30",
                    "123",
                    "0101",
                    Locale.JAPANESE,
                    "198.18.3.2"));
    assertEquals(ChargeOutcome.Result.CHARGED, charged.result());
    assertEquals(Yen.of(3_000), charged.wallet().balances().get(Purse.CAFETERIA));
    ChargeOutcome twice =
        asMember.call(
            () ->
                charges.byCard(
                    id,
                    good,
                    "CAFETERIA",
                    3_000,
                    "4242 4242 4242 4242",
                    "12/30",
                    "123",
                    "0101",
                    Locale.JAPANESE,
                    "198.18.3.3"));
    assertEquals(Yen.of(3_000), twice.wallet().balances().get(Purse.CAFETERIA), "one credit");
    assertTrue(
        outbox.latest(20).stream()
            .anyMatch(m -> m.recipient().equals(AsMember.EMAIL) && m.subject().contains("¥3,000")),
        "a receipt mail");

    for (Object[] bad :
        new Object[][] {
          {"BASE", 999L, "BELOW_MINIMUM"},
          {"BASE", 100_001L, "ABOVE_CHARGE_MAX"},
          {"MEAL", 1_000L, "NOT_CHOSEN"}
        }) {
      assertEquals(bad[2], chargeRefused(id, (String) bad[0], (Long) bad[1]));
    }
    String big = key();
    asMember.call(
        () ->
            charges.byCard(
                id,
                big,
                "BASE",
                100_000,
                "4242 4242 4242 4242",
                "12/30",
                "123",
                "0101",
                Locale.JAPANESE,
                "198.18.3.9"));
    chargeAllowed(id, "TEXTBOOK", 97_000);
    assertEquals(
        "ABOVE_BALANCE_MAX",
        chargeRefused(id, "TEXTBOOK", 97_001),
        "103,000 held: 97,001 more would be above the 200,000 a wallet may hold");
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void aChargeTheAcquirerDidNotAnswerIsSettledForItsOwnAmountOnly() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String k = key();
    String timesOut = "4000 0000 0000 0119";
    assertEquals(
        ChargeOutcome.Result.TIMEOUT,
        cardCharge(id, k, 1_000, timesOut, "198.18.3.21").result(),
        "no answer: the charge may have gone through");
    ChargeOutcome other = cardCharge(id, k, 50_000, timesOut, "198.18.3.22");
    assertEquals(ChargeOutcome.Result.DECLINED, other.result(), "the key was sent for 1,000");
    assertEquals("KEY_REUSED", other.declineReason());
    assertEquals(Yen.ZERO, other.wallet().balances().get(Purse.BASE));
    ChargeOutcome settled = cardCharge(id, k, 1_000, timesOut, "198.18.3.23");
    assertEquals(ChargeOutcome.Result.CHARGED, settled.result());
    assertEquals(Yen.of(1_000), settled.wallet().balances().get(Purse.BASE), "what the card paid");
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void aChargeLeftUnansweredIsCreditedByTheTimerOnceWithoutTheMember() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String timesOut = "4000 0000 0000 0119";
    assertEquals(
        ChargeOutcome.Result.TIMEOUT,
        cardCharge(id, key(), 2_000, timesOut, "198.18.3.24").result());
    // The member closed the page. Before, nothing kept the key: the charge the acquirer made was
    // never credited.
    long receipts = mailsTo(AsMember.EMAIL);
    housekeeping.settleCardCharges();
    assertEquals(Yen.of(2_000), balance(id, Purse.BASE), "credited by the timer");
    assertEquals(receipts + 1, mailsTo(AsMember.EMAIL), "the receipt");
    housekeeping.settleCardCharges();
    assertEquals(Yen.of(2_000), balance(id, Purse.BASE), "once");

    // Asked again by the member first: the timer finds it settled.
    String k = key();
    assertEquals(
        ChargeOutcome.Result.TIMEOUT, cardCharge(id, k, 1_000, timesOut, "198.18.3.25").result());
    assertEquals(
        ChargeOutcome.Result.CHARGED, cardCharge(id, k, 1_000, timesOut, "198.18.3.26").result());
    housekeeping.settleCardCharges();
    assertEquals(Yen.of(3_000), balance(id, Purse.BASE));
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void aCardMovedToAnotherWalletWhileItsPaymentWaitsForTheLockPaysFromNeither() throws Exception {
    long first = member(Map.of("SHARE", 10, "EMONEY", 3_000));
    activated(first);
    long second = member(Map.of("SHARE", 10, "EMONEY", 8_000));
    activated(second);
    String uid = cardOf(first);
    RegisterView shop = register("HOKUTO-SHOP");
    // Staff move the card while holding the first wallet's lock; the payment, sent meanwhile,
    // found the card on the first wallet and waits for that lock. Once it has it, the card is the
    // second wallet's: paying from the second's purses under the first's lock was the defect.
    Object moved =
        whileUncommitted(
            () ->
                asStaff.call(
                    () -> {
                      walletService.unlinkCard(first, "ip");
                      return walletService.linkCard(second, uid, "ip");
                    }),
            () ->
                payments.pay(
                    shop, key(), "c-moved", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS)));
    ApiAnswer refused = assertInstanceOf(ApiAnswer.class, moved, String.valueOf(moved));
    assertEquals("UNKNOWN_CREDENTIAL", json(refused).getString("reason", refused.body()));
    assertEquals(Yen.of(3_000), balance(first, Purse.BASE), "nothing taken from the first");
    assertEquals(Yen.of(8_000), balance(second, Purse.BASE), "nothing taken from the second");

    ApiAnswer again =
        payments.pay(shop, key(), "c-moved", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS));
    assertEquals(201, again.status(), again.body());
    assertEquals(Yen.of(7_000), balance(second, Purse.BASE), "the card's wallet now");
    assertEquals(Yen.of(3_000), balance(first, Purse.BASE));
    assertEquals(0, ledger.entrySum());
  }

  /**
   * Runs {@code first} in a transaction left open while {@code second} runs on another thread, then
   * commits it: what the second returned, or the exception it threw.
   */
  private Object whileUncommitted(Callable<?> first, Callable<?> second) throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      tx.begin();
      first.call();
      Future<Object> outcome =
          other.submit(
              () -> {
                try {
                  return second.call();
                } catch (Exception e) {
                  return e;
                }
              });
      Thread.sleep(500);
      tx.commit();
      return outcome.get(30, TimeUnit.SECONDS);
    } finally {
      other.shutdownNow();
    }
  }

  /** Why the member's new slip of {@code amount} into BASE is refused. */
  private String slipRefused(long memberId, KonbiniCharges.Payer payer, long amount) {
    return assertThrows(
            InvalidValueException.class,
            () ->
                asMember.call(
                    () ->
                        konbini.issue(
                            memberId, key(), "BASE", amount, "LAWSON", payer, Locale.JAPANESE)))
        .reason();
  }

  /** Why staff's refund of {@code amount} of the payment, shown {@code seen} left, is refused. */
  private InvalidValueException refundRefused(
      long memberId, long paymentId, long amount, String reason, Yen seen) {
    return assertThrows(
        InvalidValueException.class,
        () ->
            asStaff.call(
                () -> refunds.refund(memberId, paymentId, Yen.of(amount), reason, seen, "ip")));
  }

  /** What staff are shown left to refund of the member's payment. */
  private Yen left(long memberId, long paymentId) throws Exception {
    return asStaff.call(() -> refunds.recentPayments(memberId)).stream()
        .filter(p -> p.id() == paymentId)
        .map(StaffRefunds.RefundablePayment::refundable)
        .findFirst()
        .orElse(Yen.ZERO);
  }

  /** A charge into BASE by card, with the expiry, code and birthday the card simulator accepts. */
  private ChargeOutcome cardCharge(long memberId, String key, long amount, String card, String ip)
      throws Exception {
    return asMember.call(
        () ->
            charges.byCard(
                memberId, key, "BASE", amount, card, "12/30", "123", "0101", Locale.JAPANESE, ip));
  }

  @Test
  void staffSetTheirCoopsPointsRatesAndChargeLimitsWhichApplyAtOnceAndAreAudited()
      throws Exception {
    WalletRules demo = new WalletRules(50, 1_000, 100_000, 200_000);
    assertEquals(demo, asStaff.call(() -> coopRules.walletRules("HOKUTO")));
    assertThrows(
        CoopNotFoundException.class,
        () -> asStaff.call(() -> coopRules.walletRules("WAKABA")),
        "another co-op's rules are not this staff member's");
    assertThrows(
        CoopNotFoundException.class,
        () ->
            asStaff.call(
                () ->
                    coopRules.changeWalletRules(
                        "WAKABA",
                        new WalletRules(0, 0, 1_000, 1_000),
                        new WalletRules(0, 0, 1_000, 1_000),
                        "ip")));

    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    String uid = cardOf(id);
    activated(id);
    RegisterView shop = register("HOKUTO-SHOP");
    assertEquals(
        5,
        json(payments.pay(shop, key(), "p1", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS)))
            .getInt("pointsEarned"),
        "0.5% before; the store is now in the register API's store cache");
    try {
      WalletRules changed = new WalletRules(100, 500, 30_000, 30_000);
      assertEquals(
          changed,
          asStaff.call(() -> coopRules.changeWalletRules("HOKUTO", demo, changed, "203.0.113.7")));
      assertEquals(
          10,
          json(payments.pay(shop, key(), "p2", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS)))
              .getInt("pointsEarned"),
          "1% on the next payment: the change forgot the cached store");
      assertEquals("ABOVE_CHARGE_MAX", chargeRefused(id, "BASE", 30_001));
      assertEquals(
          "ABOVE_BALANCE_MAX",
          chargeRefused(id, "BASE", 27_001),
          "3,000 held after two payments of 1,000 (points are not e-money): 30,000 at most");
      chargeAllowed(id, "BASE", 27_000);
      AuditEvent event =
          auditTrail.about("HOKUTO", 20).stream()
              .filter(e -> e.action() == AuditAction.WALLET_RULES_CHANGED)
              .findFirst()
              .orElseThrow();
      assertEquals(
          "points 50 bp, books 1000 bp, charge max 100000, balance max 200000"
              + " -> points 100 bp, books 500 bp, charge max 30000, balance max 30000",
          event.detail());
      int audited = auditTrail.about("HOKUTO", 100).size();
      asStaff.call(() -> coopRules.changeWalletRules("HOKUTO", changed, changed, "ip"));
      assertEquals(audited, auditTrail.about("HOKUTO", 100).size(), "saving the same rules");
      assertEquals(
          "STALE",
          assertThrows(
                  InvalidValueException.class,
                  () ->
                      asStaff.call(
                          () ->
                              coopRules.changeWalletRules(
                                  "HOKUTO", demo, new WalletRules(200, 500, 30_000, 30_000), "ip")))
              .reason(),
          "a page that showed the rules before the change does not put them back");
      assertEquals(changed, asStaff.call(() -> coopRules.walletRules("HOKUTO")));
    } finally {
      asStaff.call(
          () -> coopRules.changeWalletRules("HOKUTO", coopRules.walletRules("HOKUTO"), demo, "ip"));
    }
    assertEquals(
        5,
        json(payments.pay(shop, key(), "p3", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS)))
            .getInt("pointsEarned"));
  }

  @Test
  void aPartialRefundTakesPointsBackAtTheRateThePaymentEarned() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    String uid = cardOf(id);
    RegisterView book = register("HOKUTO-BOOK");
    JsonObject paid =
        json(payments.pay(book, key(), "b1", pay("HOKUTO-BOOK", uid, 1_000, Category.BOOK)));
    assertEquals(100, paid.getInt("pointsEarned"), "10% on books");
    WalletRules demo = asStaff.call(() -> coopRules.walletRules("HOKUTO"));
    WalletRules halved =
        new WalletRules(demo.pointsBasisPoints(), 500, demo.chargeMax(), demo.balanceMax());
    try {
      asStaff.call(() -> coopRules.changeWalletRules("HOKUTO", demo, halved, "ip"));
      long paymentId = paid.getJsonNumber("paymentId").longValue();
      assertEquals(
          50,
          json(payments.refund(book, key(), "b2", paymentId, Yen.of(500), "返品"))
              .getInt("pointsReturned"),
          "the 10% the payment earned on the half given back, not today's 5%");
      PurchaseHistory.Purchase shown =
          asMember
              .call(() -> purchaseHistory.month(id, YearMonth.now(MealDay.JAPAN)))
              .purchases()
              .stream()
              .filter(p -> p.id() == paymentId)
              .findFirst()
              .orElseThrow();
      assertEquals(500, shown.refunded());
      assertEquals(50, shown.points(), "the purchases page shows the points the book still earns");
    } finally {
      asStaff.call(
          () -> coopRules.changeWalletRules("HOKUTO", coopRules.walletRules("HOKUTO"), demo, "ip"));
    }
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void anAppCodeValidAtTheTillPaysWhenAnOfflineRegisterSendsThePaymentLater() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    RegisterView shop = register("HOKUTO-SHOP");
    Instant now = Instant.now();
    // Shown at the till twelve minutes ago, the register offline; expired ten minutes ago.
    String shown = CardToken.issue(id, now.minus(Duration.ofMinutes(10)), cardKey.bytes()).text();
    ApiAnswer online = payments.pay(shop, key(), "a1", appCode(shown, null));
    assertEquals("CODE_EXPIRED", json(online).getString("reason"), "sent as if paid now");
    ApiAnswer queued =
        payments.pay(shop, key(), "a2", appCode(shown, now.minus(Duration.ofMinutes(12))));
    assertEquals(201, queued.status(), queued.body());
    assertEquals(Yen.of(4_700), balance(id, Purse.BASE));

    // A code shown today cannot pay for a time two days ago: the time cannot revive a code.
    String today = CardToken.issue(id, now.plus(Duration.ofMinutes(5)), cardKey.bytes()).text();
    ApiAnswer backdated =
        payments.pay(shop, key(), "a3", appCode(today, now.minus(Duration.ofDays(2))));
    assertEquals("UNKNOWN_CREDENTIAL", json(backdated).getString("reason"));
    assertEquals(Yen.of(4_700), balance(id, Purse.BASE), "nothing paid");
  }

  private static PaymentCommand appCode(String code, Instant occurredAt) {
    return new PaymentCommand(
        "HOKUTO-SHOP",
        REGISTERS.get("HOKUTO-SHOP"),
        "APP_CODE",
        code,
        Yen.of(300),
        Category.GOODS,
        List.of(),
        occurredAt);
  }

  @Test
  void staffWhoAreMembersOfAnotherCoopReadTheirOwnHistory() throws Exception {
    long own = members.findByEmail(EmailAddress.parse("hina.ito@setouchi.example.jp")).get(0).id();
    WalletHistory.Filter all = new WalletHistory.Filter(null, null, null, null);
    links.holdAlso("staff@hokuto.example.jp", own, true);
    try {
      // HOKUTO's staff member is a SETOUCHI member too: their own history, not a member's of
      // their co-op (before, the co-op check refused it and the page said there was nothing).
      assertFalse(asStaff.call(() -> history.page(own, all, 0, 20)).isEmpty());
      String number = members.find(own).orElseThrow().number().orElseThrow().value();
      int audited = auditTrail.about(number, 50).size();
      asStaff.call(() -> history.csv(own, all, "ip"));
      assertEquals(
          audited, auditTrail.about(number, 50).size(), "one's own download is not audited");
    } finally {
      links.holdAlso("staff@hokuto.example.jp", own, false);
    }
    assertThrows(
        MemberNotFoundException.class,
        () -> asStaff.call(() -> history.page(own, all, 0, 20)),
        "another co-op's member, once the membership is not theirs");
  }

  @Test
  void staffFindAnOlderPaymentByItsNumberToRefundIt() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 60_000));
    activated(id);
    String uid = cardOf(id);
    CounterPayment textbook =
        asStaff.call(() -> counter.pay("HOKUTO-BOOK", "IC_CARD", uid, "BOOK", 2_000, key(), "ip"));
    for (int i = 0; i < 20; i++) {
      asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 300, key(), "ip"));
    }
    assertTrue(
        asStaff.call(() -> refunds.recentPayments(id)).stream()
            .noneMatch(p -> p.id() == textbook.paymentId()),
        "twenty lunches later the textbook is off the wallet tab's list");

    StaffRefunds.RefundablePayment found =
        asStaff.call(() -> refunds.payment(id, textbook.paymentId()));
    assertEquals(Yen.of(2_000), found.refundable());
    asStaff.call(
        () ->
            refunds.refund(
                id, textbook.paymentId(), Yen.of(2_000), "返品", found.refundable(), "ip"));
    assertEquals(
        Yen.ZERO, asStaff.call(() -> refunds.payment(id, textbook.paymentId())).refundable());

    long other = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(other);
    String otherCard = cardOf(other);
    CounterPayment theirs =
        asStaff.call(
            () -> counter.pay("HOKUTO-SHOP", "IC_CARD", otherCard, "GOODS", 500, key(), "ip"));
    assertEquals(
        "NOT_THIS_MEMBERS",
        assertThrows(
                InvalidValueException.class,
                () -> asStaff.call(() -> refunds.payment(id, theirs.paymentId())))
            .reason(),
        "another member's payment is not found from this member's page");
  }

  @Test
  void aHistoryReadPageByPageNeitherRepeatsNorSkipsARowWhenPaymentsLandMeanwhile()
      throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 60_000));
    activated(id);
    String uid = cardOf(id);
    RegisterView shop = register("HOKUTO-SHOP");
    for (int i = 0; i < 24; i++) {
      long yen = 100 + i;
      assertEquals(
          201,
          payments
              .pay(
                  shop,
                  key(),
                  "page" + i,
                  pay(
                      "HOKUTO-SHOP",
                      uid,
                      yen,
                      Category.GOODS,
                      List.of(new PaymentCommand.Item("NOTE-" + i, "ノート", 1, Yen.of(yen)))))
              .status());
    }
    WalletHistory.Filter opened = new WalletHistory.Filter(null, null, null, null, Instant.now());
    List<HistoryRow> first = asMember.call(() -> history.page(id, opened, 0, 10));

    assertEquals(
        201,
        payments.pay(shop, key(), "later", pay("HOKUTO-SHOP", uid, 50, Category.GOODS)).status());
    RegisterView offline = register("HOKUTO-SHOP");
    assertEquals(
        201,
        payments
            .pay(
                offline,
                key(),
                "queued",
                new PaymentCommand(
                    "HOKUTO-SHOP",
                    REGISTERS.get("HOKUTO-SHOP"),
                    "IC_CARD",
                    uid,
                    Yen.of(60),
                    Category.GOODS,
                    List.of(),
                    first.get(5).occurredAt().minusMillis(1)))
            .status(),
        "an offline register's payment, timed between two rows of the first page");

    List<HistoryRow> rest = new ArrayList<>(first);
    rest.addAll(asMember.call(() -> history.page(id, opened, 10, 10)));
    rest.addAll(asMember.call(() -> history.page(id, opened, 20, 10)));
    assertEquals(25, rest.stream().map(HistoryRow::id).distinct().count(), "no row twice: " + rest);
    assertEquals(25, rest.size(), "the deposit and the 24 payments, each once");
    assertEquals(25, asMember.call(() -> history.count(id, opened)));
    assertTrue(
        rest.stream()
            .filter(r -> r.kind() == TransactionKind.PAYMENT)
            .allMatch(
                r ->
                    r.items().size() == 1
                        && r.items().get(0).unitPrice() == r.amount()
                        && r.changes().get(Purse.BASE) == -r.amount()),
        "each row with its own entries and line");

    WalletHistory.Filter reopened = opened.asOf(Instant.now());
    assertEquals(27, asMember.call(() -> history.count(id, reopened)));
    assertEquals(
        50L,
        asMember.call(() -> history.page(id, reopened, 0, 1)).get(0).amount(),
        "opened again, the list shows what landed meanwhile");
  }

  @Test
  void pointsAreExchangedForBaseMoneyOnceAndNeverBeyondThoseHeld() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    String uid = cardOf(id);
    CounterPayment book =
        asStaff.call(() -> counter.pay("HOKUTO-BOOK", "IC_CARD", uid, "BOOK", 3_000, key(), "ip"));
    long points = balance(id, Purse.POINTS).value();
    assertEquals(300, points, "HOKUTO's 10 % on books");
    Yen base = balance(id, Purse.BASE);

    LocalDate today = LocalDate.now(CoopTime.ZONE);
    long exchangedBefore =
        asStaff.call(() -> reports.report("HOKUTO", today, today)).pointsExchanged();
    assertEquals("MORE_THAN_POINTS", exchangeRefused(id, key(), points + 1));
    assertEquals("NOT_POSITIVE", exchangeRefused(id, key(), 0));
    // Points become e-money within the most a wallet may hold, as a charge would.
    WalletRules demo = asStaff.call(() -> coopRules.walletRules("HOKUTO"));
    WalletRules tight =
        new WalletRules(
            demo.pointsBasisPoints(),
            demo.bookPointsBasisPoints(),
            1_000,
            base.value() + points - 1);
    asStaff.call(() -> coopRules.changeWalletRules("HOKUTO", demo, tight, "ip"));
    try {
      assertEquals("EXCHANGE_ABOVE_BALANCE_MAX", exchangeRefused(id, key(), points));
    } finally {
      asStaff.call(() -> coopRules.changeWalletRules("HOKUTO", tight, demo, "ip"));
    }
    assertEquals(Yen.of(points), balance(id, Purse.POINTS), "a refused exchange moves nothing");
    String k = key();
    WalletView exchanged = asMember.call(() -> transfers.exchangePoints(id, k, points, "ip"));
    assertEquals(Yen.ZERO, exchanged.balances().get(Purse.POINTS));
    assertEquals(base.plus(Yen.of(points)), exchanged.balances().get(Purse.BASE), "a point a yen");
    asMember.call(() -> transfers.exchangePoints(id, k, points, "ip"));
    assertEquals("ALREADY_MOVED", exchangeRefused(id, k, points - 1));
    assertEquals(base.plus(Yen.of(points)), balance(id, Purse.BASE), "the same key, one exchange");
    WalletReports.WalletReport report = asStaff.call(() -> reports.report("HOKUTO", today, today));
    assertEquals(exchangedBefore + points, report.pointsExchanged(), "in the staff report");
    assertTrue(report.balanced(), "the purses agree with their entries");

    HistoryRow row =
        asMember
            .call(() -> history.page(id, new WalletHistory.Filter(null, null, null, null), 0, 1))
            .get(0);
    assertEquals(org.kumiai.domain.wallet.TransactionKind.TRANSFER, row.kind());
    assertEquals(points, row.spendableChange());
    assertEquals(-points, row.pointsChange());
    assertEquals("POINTS_EXCHANGE", row.label(), "shown as an exchange, not a move");
    assertEquals(
        points + " POINTS -> BASE",
        auditTrail
            .about(members.find(id).orElseThrow().number().orElseThrow().value(), 1)
            .get(0)
            .detail());

    // The book is returned after its points were spent: they are kept back from the refund, a yen
    // a point, by the register (a third now) and by staff (the rest), and no purse goes negative.
    JsonObject part =
        json(
            payments.refund(
                register("HOKUTO-BOOK"), key(), "x1", book.paymentId(), Yen.of(1_000), "返品"));
    long third = 100;
    assertEquals(third, part.getInt("pointsReturned"));
    assertEquals(third, part.getInt("pointsDeducted"));
    assertEquals(
        base.value() + points + 1_000 - third, part.getJsonObject("balances").getInt("BASE"));
    String refundMail = members.find(id).orElseThrow().email().orElseThrow().value();
    PaymentPosting.Refund rest =
        asStaff.call(
            () -> refunds.refund(id, book.paymentId(), Yen.of(2_000), "返品", Yen.of(2_000), "ip"));
    assertEquals(Yen.of(points - third), rest.pointsDeducted());
    assertEquals(Yen.ZERO, balance(id, Purse.POINTS));
    assertEquals(
        base.plus(Yen.of(3_000)),
        balance(id, Purse.BASE),
        "the 3,000 back, less spent points, plus the points exchanged");
    assertTrue(
        outbox.latest(30).stream()
            .anyMatch(
                m ->
                    m.recipient().equals(refundMail)
                        && m.body().contains("交換済みのポイントの分 " + Yen.of(points - third).formatted())),
        "the member is told why the refund is smaller");

    asMember.call(() -> walletService.suspend(id, "ip"));
    assertThrows(
        WalletStateException.class,
        () -> asMember.call(() -> transfers.exchangePoints(id, key(), 1, "ip")));
    assertEquals(0, ledger.entrySum());
    assertEquals(0, ledger.pursesOffTheirEntries());
  }

  private String exchangeRefused(long memberId, String key, long points) {
    return assertThrows(
            InvalidValueException.class,
            () -> asMember.call(() -> transfers.exchangePoints(memberId, key, points, "ip")))
        .reason();
  }

  @Test
  void baseMoneyMovesIntoAnotherPurseAndTheHistoryFiltersAndExports() throws Exception {
    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    String k = key();
    WalletView moved = asMember.call(() -> transfers.transfer(id, k, "TEXTBOOK", 1_200, "ip"));
    assertEquals(Yen.of(3_800), moved.balances().get(Purse.BASE));
    assertEquals(
        "ALREADY_MOVED",
        assertThrows(
                InvalidValueException.class,
                () -> asMember.call(() -> transfers.transfer(id, k, "TEXTBOOK", 1_300, "ip")))
            .reason(),
        "the same form sent again with another amount is not reported as moved");
    assertEquals(Yen.of(1_200), moved.balances().get(Purse.TEXTBOOK));
    WalletView again = asMember.call(() -> transfers.transfer(id, k, "TEXTBOOK", 1_200, "ip"));
    assertEquals(Yen.of(1_200), again.balances().get(Purse.TEXTBOOK), "the same key, one move");
    assertEquals(
        "MORE_THAN_BASE",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () -> asMember.call(() -> transfers.transfer(id, key(), "CAFETERIA", 3_801, "ip")))
            .reason());
    assertEquals(
        "NOT_CHOSEN",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () -> asMember.call(() -> transfers.transfer(id, key(), "MEAL", 1, "ip")))
            .reason(),
        "base money never goes into the meal plan");

    WalletHistory.Filter all = new WalletHistory.Filter(null, null, null, null);
    List<HistoryRow> rows = asMember.call(() -> history.page(id, all, 0, 20));
    assertEquals(
        List.of(
            org.kumiai.domain.wallet.TransactionKind.TRANSFER,
            org.kumiai.domain.wallet.TransactionKind.DEPOSIT),
        rows.stream().map(HistoryRow::kind).toList(),
        "newest first");
    assertEquals(-1_200L, rows.get(0).changes().get(Purse.BASE));
    WalletHistory.Filter textbook = new WalletHistory.Filter(null, null, Purse.TEXTBOOK, null);
    assertEquals(1, asMember.call(() -> history.count(id, textbook)));
    WalletHistory.Filter tomorrow =
        new WalletHistory.Filter(LocalDate.now().plusDays(2), null, null, null);
    assertEquals(0, asMember.call(() -> history.count(id, tomorrow)));
    String csv =
        new String(
            asMember.call(() -> history.csv(id, all, "ip")),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFid,occurred_at,kind"), csv);
    assertTrue(
        csv.lines()
            .skip(1)
            .allMatch(l -> l.matches("\\d+,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00,.*")),
        "every time in one form, seconds included: " + csv);
    assertTrue(csv.contains(",TRANSFER,") && csv.contains(",DEPOSIT,"), csv);

    assertEquals(
        rows, asStaff.call(() -> history.page(id, all, 0, 20)), "staff of the member's co-op");
    long setouchi =
        members.findByEmail(EmailAddress.parse("hina.ito@setouchi.example.jp")).get(0).id();
    assertTrue(ledger.findByMember(setouchi).isPresent(), "the demo member has a wallet");
    assertThrows(
        MemberNotFoundException.class,
        () -> asStaff.call(() -> history.page(setouchi, all, 0, 20)),
        "another co-op's member's history is not this staff member's");
    assertThrows(
        MemberNotFoundException.class, () -> asStaff.call(() -> history.csv(setouchi, all, "ip")));
    asStaff.call(() -> history.csv(id, all, "198.18.7.7"));
    assertEquals(
        AuditAction.WALLET_HISTORY_EXPORTED,
        auditTrail
            .about(members.find(id).orElseThrow().number().orElseThrow().value(), 1)
            .get(0)
            .action(),
        "staff taking the history away is audited");
  }

  @Test
  void aConvenienceStorePaymentOverTheBalanceLimitIsCreditedAndStaffSeeByHowMuch()
      throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String uid = cardOf(id);
    KonbiniCharges.Payer payer =
        new KonbiniCharges.Payer("財布 花子", "ｻｲﾌ ﾊﾅｺ", "payer@example.jp", "090-6300-0001");
    SlipView slip =
        asMember.call(
            () -> konbini.issue(id, key(), "BASE", 5_000, "LAWSON", payer, Locale.JAPANESE));
    asStaff.call(() -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "BASE", 100_000, key(), "ip"));
    assertEquals(
        "ABOVE_BALANCE_MAX",
        assertThrows(
                InvalidValueException.class,
                () ->
                    asStaff.call(
                        () ->
                            counter.cash(
                                "HOKUTO-SHOP", "IC_CARD", uid, "BASE", 96_000, key(), "ip")))
            .reason(),
        "the slip awaiting payment counts: 100,000 + 5,000 + 96,000 is past 200,000");
    asStaff.call(() -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "BASE", 95_000, key(), "ip"));
    // A refund is not a charge: it takes the wallet back past the limit the slip was held to.
    RegisterView shop = register("HOKUTO-SHOP");
    long paid =
        json(payments.pay(shop, key(), "o1", pay("HOKUTO-SHOP", uid, 1_000, Category.GOODS)))
            .getJsonNumber("paymentId")
            .longValue();
    asStaff.call(() -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "BASE", 1_000, key(), "ip"));
    assertEquals(201, payments.refund(shop, key(), "o2", paid, Yen.of(1_000), "returned").status());

    assertEquals(
        KonbiniCharges.NoticeResult.CREDITED,
        konbini.notice("over-1", slip.number(), "CONFIRMED", 5_000));
    assertEquals(
        Yen.of(201_000),
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.BASE),
        "the member paid at the till: credited though the co-op's limit is 200,000");
    assertEquals(
        "konbini ¥5,000; holds ¥201,000, over the limit ¥200,000",
        auditTrail.about(slip.number(), 5).get(0).detail());

    assertEquals(
        "ABOVE_BALANCE_MAX", slipRefused(id, payer, 1_000), "no new slip while over the limit");
  }

  @Test
  void slipsAwaitingPaymentCountAgainstTheBalanceLimitOnEveryCharge() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    KonbiniCharges.Payer payer =
        new KonbiniCharges.Payer("財布 花子", "ｻｲﾌ ﾊﾅｺ", "payer@example.jp", "090-6300-0002");
    String first = key();
    asMember.call(
        () -> konbini.issue(id, first, "BASE", 100_000, "LAWSON", payer, Locale.JAPANESE));
    // Reissued at another chain: the old slip is voided, so it is not counted twice.
    asMember.call(
        () -> konbini.issue(id, first, "BASE", 100_000, "MINISTOP", payer, Locale.JAPANESE));
    asMember.call(
        () -> konbini.issue(id, key(), "TEXTBOOK", 100_000, "LAWSON", payer, Locale.JAPANESE));

    // Before, each of these passed on its own and every slip would have been credited.
    assertEquals("ABOVE_BALANCE_MAX", slipRefused(id, payer, 1_000));
    assertEquals("ABOVE_BALANCE_MAX", chargeRefused(id, "CAFETERIA", 1_000));
  }

  @Test
  void aConvenienceStoreSlipIsCreditedOnceWhateverTheNoticesDo() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String charge = key();
    KonbiniCharges.Payer payer =
        new KonbiniCharges.Payer("財布 花子", "ｻｲﾌ ﾊﾅｺ", "payer@example.jp", "090-6300-0001");
    assertEquals(
        List.of("payerKana", "chain"),
        assertThrows(
                org.kumiai.domain.shared.InvalidValuesException.class,
                () ->
                    asMember.call(
                        () ->
                            konbini.issue(
                                id,
                                charge,
                                "BASE",
                                5_000,
                                "TOYSHOP",
                                new KonbiniCharges.Payer(
                                    "財布 花子", "saifu", "payer@example.jp", "090-6300-0001"),
                                Locale.JAPANESE)))
            .problems()
            .stream()
            .map(p -> p.field())
            .toList());
    SlipView first =
        asMember.call(
            () -> konbini.issue(id, charge, "BASE", 5_000, "LAWSON", payer, Locale.JAPANESE));
    SlipView second =
        asMember.call(
            () -> konbini.issue(id, charge, "BASE", 5_000, "FAMILYMART", payer, Locale.JAPANESE));
    List<SlipView> mine = asMember.call(() -> konbini.mine(id));
    assertEquals(
        org.kumiai.domain.wallet.KonbiniSlip.Status.VOIDED,
        mine.stream()
            .filter(s -> s.number().equals(first.number()))
            .findFirst()
            .orElseThrow()
            .status(),
        "reissuing voids the old slip");
    assertEquals(
        java.time.LocalTime.of(23, 59, 59), second.expiresAt().atZone(CoopTime.ZONE).toLocalTime());
    assertEquals(
        java.time.LocalDate.now(CoopTime.ZONE).plusDays(3),
        second.expiresAt().atZone(CoopTime.ZONE).toLocalDate(),
        "the third day after today, by default");
    assertTrue(
        outbox.latest(50).stream()
            .anyMatch(
                m ->
                    m.channel() == Channel.MAIL
                        && m.recipient().equals("payer@example.jp")
                        && m.body().contains(second.number())),
        "the slip number is mailed to the payer through the outbox");

    String n = second.number();
    assertEquals(
        KonbiniCharges.NoticeResult.RECORDED, konbini.notice("p1", n, "PRELIMINARY", 5_000));
    assertEquals(
        Yen.ZERO,
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.BASE),
        "a preliminary notice moves nothing");
    assertEquals(
        KonbiniCharges.NoticeResult.AMOUNT_MISMATCH, konbini.notice("c0", n, "CONFIRMED", 4_999));
    assertEquals(KonbiniCharges.NoticeResult.CREDITED, konbini.notice("c1", n, "CONFIRMED", 5_000));
    assertTrue(mailed("【大学生協】チャージ完了のお知らせ ¥5,000"), "the receipt, in Japanese");
    String own = members.find(id).orElseThrow().email().orElseThrow().value();
    assertEquals(
        1,
        outbox.latest(50).stream()
            .filter(m -> m.recipient().equals(own) && m.subject().contains("チャージ完了"))
            .count(),
        "the member is told too when someone else paid");
    assertEquals(
        KonbiniCharges.NoticeResult.DUPLICATE, konbini.notice("c1", n, "CONFIRMED", 5_000));
    assertEquals(
        KonbiniCharges.NoticeResult.DUPLICATE, konbini.notice("c2", n, "CONFIRMED", 5_000));
    assertEquals(KonbiniCharges.NoticeResult.RECORDED, konbini.notice("x1", n, "CANCELLED", 5_000));
    assertEquals(
        Yen.of(5_000),
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.BASE),
        "credited exactly once; the late cancellation changes nothing");
    assertEquals(
        KonbiniCharges.NoticeResult.UNKNOWN_SLIP,
        konbini.notice("u1", "00000000000", "CONFIRMED", 1));

    // An unpaid slip past its last day expires by the timer's rule; money that still arrives for
    // it was paid by the member and is credited.
    String late = key();
    SlipView unpaid =
        asMember.call(
            () -> konbini.issue(id, late, "BASE", 3_000, "SEICOMART", payer, Locale.ENGLISH));
    konbini.expireDue();
    assertEquals(
        org.kumiai.domain.wallet.KonbiniSlip.Status.ISSUED,
        slipStatus(id, unpaid.number()),
        "not before its last day");
    slipCalendar.lastDayPassed(unpaid.number());
    konbini.expireDue();
    assertEquals(
        org.kumiai.domain.wallet.KonbiniSlip.Status.EXPIRED, slipStatus(id, unpaid.number()));
    assertEquals(
        KonbiniCharges.NoticeResult.CREDITED,
        konbini.notice("c9", unpaid.number(), "CONFIRMED", 3_000));
    assertTrue(
        mailed("[University Co-op] Your charge of ¥3,000 is complete"),
        "the receipt in the language the slip was issued in");
    assertEquals(
        Yen.of(8_000), asMember.call(() -> walletService.mine(id)).balances().get(Purse.BASE));
    assertTrue(secret.verifies("{\"a\":1}", secret.sign("{\"a\":1}")));
    assertFalse(secret.verifies("{\"a\":2}", secret.sign("{\"a\":1}")), "another body");
    assertEquals(0, ledger.entrySum());
  }

  private org.kumiai.domain.wallet.KonbiniSlip.Status slipStatus(long memberId, String number)
      throws Exception {
    return asMember.call(() -> konbini.mine(memberId)).stream()
        .filter(s -> s.number().equals(number))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void aDaysCafeteriaPaymentsExhaustTheMealCapThenUseCafeteriaThenBase() throws Exception {
    LocalDate today = LocalDate.now(MealDay.JAPAN);
    int year = AcademicYear.of(today);
    String code = "IT-" + PEOPLE.incrementAndGet();
    InvalidValueException capAbovePrice =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> mealPlans.define(plan(code, year, 900), "ip")));
    assertEquals("dailyCap", capAbovePrice.field());
    assertEquals("ABOVE_PRICE", capAbovePrice.reason());
    assertTrue(
        asStaff.call(() -> mealPlans.plansOf("HOKUTO")).stream()
            .noneMatch(p -> p.code().equals(code)),
        "nothing written");
    // Every day of the week and no breakfast bonus, so the test does not depend on the clock.
    MealPlanView plan = asStaff.call(() -> mealPlans.define(plan(code, year, 96_000), "ip"));

    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    String uid = cardOf(id);
    asStaff.call(
        () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 1_000, key(), "ip"));
    MealStatus sold =
        asStaff.call(() -> mealPlans.sellAtCounter("HOKUTO-SHOP", id, plan.id(), "ip"));
    assertEquals(96_000, sold.mealBalance());
    assertEquals(1_000, sold.remainingToday());
    assertEquals(0, sold.planUsed());
    InvalidValueException twice =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> mealPlans.sellAtCounter("HOKUTO-SHOP", id, plan.id(), "ip")));
    assertEquals("ALREADY_HELD", twice.reason());
    assertEquals(
        Yen.of(96_000),
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.MEAL),
        "a plan bought twice credits MEAL once");

    RegisterView cafe = register("HOKUTO-CAFE");
    JsonObject breakfast =
        json(payments.pay(cafe, key(), "m1", pay("HOKUTO-CAFE", uid, 800, Category.FOOD)));
    assertEquals(800, breakfast.getJsonObject("byPurse").getInt("MEAL"));
    assertEquals(200, breakfast.getInt("mealCapRemaining"));
    JsonObject lunch =
        json(payments.pay(cafe, key(), "m2", pay("HOKUTO-CAFE", uid, 600, Category.FOOD)));
    assertEquals(200, lunch.getJsonObject("byPurse").getInt("MEAL"));
    assertEquals(400, lunch.getJsonObject("byPurse").getInt("CAFETERIA"));
    assertEquals(0, lunch.getInt("mealCapRemaining"));
    JsonObject dinner =
        json(payments.pay(cafe, key(), "m3", pay("HOKUTO-CAFE", uid, 800, Category.FOOD)));
    assertFalse(dinner.getJsonObject("byPurse").containsKey("MEAL"), dinner.toString());
    assertEquals(600, dinner.getJsonObject("byPurse").getInt("CAFETERIA"));
    assertEquals(200, dinner.getJsonObject("byPurse").getInt("BASE"));
    JsonObject shop =
        json(
            payments.pay(
                register("HOKUTO-SHOP"),
                key(),
                "m4",
                pay("HOKUTO-SHOP", uid, 100, Category.GOODS)));
    assertFalse(shop.containsKey("mealCapRemaining"), "a shop has no meal cap: " + shop);

    MealStatus evening = asMember.call(() -> mealPlans.today(id)).orElseThrow();
    assertEquals(1_000, evening.usedToday());
    assertEquals(0, evening.remainingToday());
    assertEquals(95_000, evening.mealBalance());
    assertEquals(1_000, evening.planUsed(), "what the plan's days drew from MEAL");

    // Leaving: HOKUTO's demo rule gives back the cap of each plan day after the last day only.
    WithdrawalTerms leaving = asMember.call(() -> withdrawals.terms(id));
    WithdrawalTerms.MealLeaving meal = leaving.meal();
    assertEquals(MealRefundRule.UNUSED_DAYS, meal.rule());
    assertEquals(Yen.of(95_000), meal.balance());
    long days = ChronoUnit.DAYS.between(leaving.effectiveOn(), LocalDate.of(year + 1, 3, 31));
    assertEquals(Yen.of(Math.min(95_000, days * 1_000)), meal.refund());
    Map<Purse, Yen> balances = asMember.call(() -> walletService.mine(id)).balances();
    assertEquals(
        Yen.of(
            balances.get(Purse.BASE).value()
                + balances.get(Purse.CAFETERIA).value()
                + balances.get(Purse.TEXTBOOK).value()
                + meal.refund().value()),
        leaving.emoney(),
        "e-money at leaving counts the meal refund, not the whole MEAL balance");
    payments.refund(
        cafe, key(), "mr", breakfast.getJsonNumber("paymentId").longValue(), Yen.of(800), "返品");
    assertEquals(
        200,
        asMember.call(() -> mealPlans.today(id)).orElseThrow().planUsed(),
        "net of what the refund gave back to MEAL");
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void aMenuChangeLeavesEarlierSalesAsSoldAndABadSheetWritesNothing() throws Exception {
    String curry = "ITC" + PEOPLE.incrementAndGet();
    String soup = "ITS" + PEOPLE.incrementAndGet();
    String header =
        "code,name_ja,price,category,energy_kcal,protein_g,fat_g,carbohydrate_g,salt_g\n";
    byte[] first =
        (header + curry + ",カレーライス,400,MAIN,760,18.2,21.5,118.0,3.1\n")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        1,
        asStaff
            .call(() -> menus.preview("HOKUTO-CAFE", first, MenuCsv.Encoding.UTF_8))
            .count(MenuPreview.Outcome.NEW));
    asStaff.call(() -> menus.importSheet("HOKUTO-CAFE", first, MenuCsv.Encoding.UTF_8, "ip"));

    byte[] bad =
        (header
                + soup
                + ",味噌汁,100,SOUP,40,2.4,1.2,4.0,1.5\n"
                + curry
                + ",カレーライス,400,MAIN,-5,18.2,21.5,118.0,3.1\n")
            .getBytes(StandardCharsets.UTF_8);
    MenuPreview badPreview =
        asStaff.call(() -> menus.preview("HOKUTO-CAFE", bad, MenuCsv.Encoding.UTF_8));
    assertEquals(Map.of("energy_kcal", "NEGATIVE"), badPreview.bad().get(0).problems());
    assertEquals(3, badPreview.bad().get(0).line());
    InvalidValueException refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                asStaff.call(
                    () -> menus.importSheet("HOKUTO-CAFE", bad, MenuCsv.Encoding.UTF_8, "ip")));
    assertEquals("BAD_ROWS", refused.reason());
    List<MenuItemView> menu = asStaff.call(() -> menus.menuOf("HOKUTO-CAFE"));
    assertTrue(menu.stream().noneMatch(i -> i.code().equals(soup)), "the good row not written");
    assertEquals(
        760,
        menu.stream().filter(i -> i.code().equals(curry)).findFirst().orElseThrow().energyKcal());

    long id = member(Map.of("SHARE", 10, "EMONEY", 5_000));
    activated(id);
    String uid = cardOf(id);
    RegisterView cafe = register("HOKUTO-CAFE");
    payments.pay(
        cafe,
        key(),
        "n1",
        pay(
            "HOKUTO-CAFE",
            uid,
            900,
            Category.FOOD,
            List.of(
                new PaymentCommand.Item(curry, "カレーライス", 2, Yen.of(400)),
                new PaymentCommand.Item("NOT-ON-MENU", "持ち帰り容器", 1, Yen.of(100)))));

    byte[] lighter =
        (header + curry + ",カレーライス,420,MAIN,650,17.0,15.0,110.0,2.5\n")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        1,
        asStaff
            .call(() -> menus.importSheet("HOKUTO-CAFE", lighter, MenuCsv.Encoding.UTF_8, "ip"))
            .count(MenuPreview.Outcome.CHANGED));
    payments.pay(
        cafe,
        key(),
        "n2",
        pay(
            "HOKUTO-CAFE",
            uid,
            420,
            Category.FOOD,
            List.of(new PaymentCommand.Item(curry, "カレーライス", 1, Yen.of(420)))));

    LocalDate today = asMember.call(() -> cafeteria.today(id));
    CafeteriaDay day = asMember.call(() -> cafeteria.day(id, today));
    assertEquals(2, day.sales().size());
    CafeteriaDay.Item before = day.sales().get(0).items().get(0);
    assertEquals(760, before.perServing().energyKcal(), "sold before the change: as it was");
    assertEquals(MenuCategory.MAIN, before.category());
    assertEquals(null, day.sales().get(0).items().get(1).perServing(), "not on the menu");
    assertEquals(650, day.sales().get(1).items().get(0).perServing().energyKcal());
    assertEquals(760 * 2 + 650, day.totals().energyKcal());
    assertEquals(new BigDecimal("8.7"), day.totals().salt(), "3.1 x 2 + 2.5");
    assertEquals(1_320, day.spend());

    CafeteriaMonth month = asMember.call(() -> cafeteria.month(id, YearMonth.from(today)));
    CafeteriaMonth.Day inMonth =
        month.days().stream().filter(d -> d.date().equals(today)).findFirst().orElseThrow();
    assertEquals(2, inMonth.payments());
    assertEquals(1_320, inMonth.spend());
    assertEquals(2_170, inMonth.nutrition().energyKcal());

    CafeteriaReports.Report report =
        asStaff.call(() -> cafeteriaReports.report("HOKUTO", today, today));
    CafeteriaReports.DaySales cafeDay =
        report.days().stream()
            .filter(d -> d.storeCode().equals("HOKUTO-CAFE"))
            .findFirst()
            .orElseThrow();
    assertTrue(cafeDay.payments() >= 2 && cafeDay.net() >= 1_320, cafeDay.toString());
    CafeteriaReports.ItemSales sold =
        report.topItems().stream()
            .filter(i -> i.code().equals(curry))
            .findFirst()
            .orElseThrow(() -> new AssertionError(report.topItems().toString()));
    assertEquals(3, sold.quantity());
    assertEquals(1_220, sold.yen(), "400 x 2 + 420");
    String csv =
        new String(
            asStaff.call(() -> cafeteriaReports.csv("HOKUTO", today, today)),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains("items,HOKUTO,," + curry + ",カレーライス,3,1220"), csv);

    // Sold yesterday while the register was offline, refunded in full today: the refund counts on
    // today, yesterday's figures stay as they were, and the curry refunded was not sold.
    LocalDate yesterday = today.minusDays(1);
    CafeteriaReports.DaySales yesterdayBefore = cafeteriaDay(yesterday);
    ApiAnswer queued =
        payments.pay(
            cafe,
            key(),
            "n3",
            new PaymentCommand(
                "HOKUTO-CAFE",
                REGISTERS.get("HOKUTO-CAFE"),
                "IC_CARD",
                uid,
                Yen.of(420),
                Category.FOOD,
                List.of(new PaymentCommand.Item(curry, "カレーライス", 1, Yen.of(420))),
                yesterday.atTime(12, 0).atZone(MealDay.JAPAN).toInstant()));
    assertEquals(201, queued.status(), queued.body());
    ApiAnswer refunded =
        payments.refund(
            cafe,
            key(),
            "r3",
            json(queued).getJsonNumber("paymentId").longValue(),
            Yen.of(420),
            "取消");
    assertEquals(201, refunded.status(), refunded.body());
    CafeteriaReports.DaySales cafeToday = cafeteriaDay(today);
    assertEquals(cafeDay.payments(), cafeToday.payments());
    assertEquals(cafeDay.refunded() + 420, cafeToday.refunded(), "on the day it was given");
    CafeteriaReports.DaySales yesterdayAfter = cafeteriaDay(yesterday);
    assertEquals(yesterdayBefore.payments() + 1, yesterdayAfter.payments());
    assertEquals(yesterdayBefore.yen() + 420, yesterdayAfter.yen());
    assertEquals(yesterdayBefore.refunded(), yesterdayAfter.refunded(), "yesterday unchanged");
    assertEquals(
        3,
        asStaff.call(() -> cafeteriaReports.report("HOKUTO", yesterday, today)).topItems().stream()
            .filter(i -> i.code().equals(curry))
            .findFirst()
            .orElseThrow()
            .quantity(),
        "the curry refunded in full was not sold");
    assertTrue(
        asMember.call(() -> cafeteria.month(id, YearMonth.from(yesterday))).days().stream()
            .noneMatch(d -> d.date().equals(yesterday)),
        "a day whose one payment was refunded in full is no day eaten in the member's month");
    InvalidValueException backwards =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> cafeteriaReports.report("HOKUTO", today, today.minusDays(1))));
    assertEquals("BEFORE_FROM", backwards.reason());
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void staffEndAPlansSaleThenNobodyCanBuyItAndItsHoldersKeepIt() throws Exception {
    LocalDate today = LocalDate.now(MealDay.JAPAN);
    String code = "IT-" + PEOPLE.incrementAndGet();
    MealPlanView plan =
        asStaff.call(() -> mealPlans.define(plan(code, AcademicYear.of(today), 96_000), "ip"));
    assertTrue(plan.saleOpen());
    long holder = member(Map.of("SHARE", 10));
    activated(holder);
    asStaff.call(() -> mealPlans.sellAtCounter("HOKUTO-SHOP", holder, plan.id(), "ip"));
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () -> asMember.call(() -> mealPlans.endSale(plan.id(), "ip")),
        "staff only");

    MealPlanView ended = asStaff.call(() -> mealPlans.endSale(plan.id(), "203.0.113.7"));
    assertFalse(ended.saleOpen());
    assertEquals(today, ended.saleEndedOn());
    assertTrue(
        asMember.call(() -> mealPlans.onSale("HOKUTO")).stream()
            .noneMatch(p -> p.id() == plan.id()));
    long late = member(Map.of("SHARE", 10));
    activated(late);
    assertEquals(
        "NOT_ON_SALE",
        assertThrows(
                InvalidValueException.class,
                () ->
                    asStaff.call(
                        () -> mealPlans.sellAtCounter("HOKUTO-SHOP", late, plan.id(), "ip")))
            .reason());
    assertEquals(
        "NOT_ON_SALE",
        assertThrows(
                InvalidValueException.class,
                () ->
                    asMember.call(
                        () -> buyPlan(late, plan.id(), key(), "4242 4242 4242 4242", "198.18.4.9")))
            .reason());
    assertEquals(
        Yen.ZERO, asMember.call(() -> walletService.mine(late)).balances().get(Purse.MEAL));
    assertEquals(
        code,
        asMember.call(() -> mealPlans.today(holder)).orElseThrow().plan().code(),
        "the holder keeps the plan");
    assertEquals(
        "ENDED",
        assertThrows(
                InvalidValueException.class,
                () -> asStaff.call(() -> mealPlans.endSale(plan.id(), "ip")))
            .reason());
    AuditEvent audited = auditTrail.about("HOKUTO/" + code, 5).get(0);
    assertEquals(AuditAction.MEAL_PLAN_SALE_ENDED, audited.action());
    assertEquals("203.0.113.7", audited.ipAddress());
    assertTrue(audited.detail().endsWith("ended on " + today), audited.detail());
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void aMemberBuysAPlanByCardOncePerYearAndADeclineWritesNothing() throws Exception {
    int year = AcademicYear.of(LocalDate.now(MealDay.JAPAN));
    String code = "IT-" + PEOPLE.incrementAndGet();
    MealPlanView plan = asStaff.call(() -> mealPlans.define(plan(code, year, 96_000), "ip"));
    assertTrue(
        asMember.call(() -> mealPlans.onSale("HOKUTO")).stream()
            .anyMatch(p -> p.id() == plan.id()));

    long declined = member(Map.of("SHARE", 10));
    activated(declined);
    PlanPurchase refused =
        asMember.call(
            () -> buyPlan(declined, plan.id(), key(), "4000 0000 0000 0002", "198.18.4.1"));
    assertEquals(PlanPurchase.Result.DECLINED, refused.result());
    assertTrue(asMember.call(() -> mealPlans.today(declined)).isEmpty(), "no plan held");
    assertEquals(
        Yen.ZERO, asMember.call(() -> walletService.mine(declined)).balances().get(Purse.MEAL));

    long id = member(Map.of("SHARE", 10));
    activated(id);
    String k = key();
    PlanPurchase bought =
        asMember.call(() -> buyPlan(id, plan.id(), k, "4242 4242 4242 4242", "198.18.4.2"));
    assertEquals(PlanPurchase.Result.BOUGHT, bought.result());
    assertEquals(96_000, bought.status().mealBalance());
    assertEquals(code, bought.status().plan().code());
    PlanPurchase again =
        asMember.call(() -> buyPlan(id, plan.id(), k, "4242 4242 4242 4242", "198.18.4.3"));
    assertEquals(PlanPurchase.Result.BOUGHT, again.result(), "the same key is the same purchase");
    // The report's days are cafeteria days (from 04:00 at HOKUTO), as the member's are.
    LocalDate today = asMember.call(() -> cafeteria.today(id));
    assertEquals(
        List.of(new CafeteriaReports.PlanSales(code, "試験ミール", "PORTAL", 1, 96_000)),
        asStaff.call(() -> cafeteriaReports.report("HOKUTO", today, today)).plans().stream()
            .filter(p -> p.code().equals(code))
            .toList(),
        "bought once, at the price paid");
    assertTrue(
        asStaff
            .call(() -> cafeteriaReports.report("HOKUTO", today.minusDays(7), today.minusDays(1)))
            .plans()
            .stream()
            .noneMatch(p -> p.code().equals(code)),
        "not sold in an earlier period");
    InvalidValueException twice =
        assertThrows(
            InvalidValueException.class,
            () ->
                asMember.call(
                    () -> buyPlan(id, plan.id(), key(), "4242 4242 4242 4242", "198.18.4.4")));
    assertEquals("ALREADY_HELD", twice.reason());
    assertEquals(
        Yen.of(96_000),
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.MEAL),
        "credited once");
    // Next year's plan on sale now: offered to this year's holder (before, only members holding
    // no plan today were offered any), this year's no longer.
    MealPlanView renewal =
        asStaff.call(
            () ->
                mealPlans.define(
                    plan("R" + code, year + 1, 96_000, LocalDate.now(MealDay.JAPAN)), "ip"));
    List<Long> offered =
        asMember.call(() -> mealPlans.onSaleFor(id)).stream().map(MealPlanView::id).toList();
    assertTrue(offered.contains(renewal.id()), offered.toString());
    assertFalse(offered.contains(plan.id()), offered.toString());
    MealPlans.CounterOptions counter = asStaff.call(() -> mealPlans.counterOptions(id));
    assertEquals(code, counter.held().plan().code());
    assertEquals(
        offered,
        counter.onSale().stream().map(MealPlanView::id).toList(),
        "the counter offers the holder what the portal does: next year's plan too");
    // Renewed ahead: MEAL holds both years' money, and what this year's plan used is what its
    // days drew, not its price less the balance.
    assertEquals(
        PlanPurchase.Result.BOUGHT,
        asMember
            .call(() -> buyPlan(id, renewal.id(), key(), "4242 4242 4242 4242", "198.18.4.6"))
            .result());
    JsonObject lunch =
        json(
            payments.pay(
                register("HOKUTO-CAFE"),
                key(),
                "p1",
                pay("HOKUTO-CAFE", cardOf(id), 500, Category.FOOD)));
    assertEquals(500, lunch.getJsonObject("byPurse").getInt("MEAL"), lunch.toString());
    MealStatus renewed = asMember.call(() -> mealPlans.today(id)).orElseThrow();
    assertEquals(191_500, renewed.mealBalance());
    assertEquals(500, renewed.planUsed());
    // Off sale again: the activations of other tests take the plan on sale for prepaid MEAL.
    asStaff.call(() -> mealPlans.endSale(renewal.id(), "ip"));
    assertTrue(
        outbox.latest(20).stream()
            .anyMatch(m -> m.recipient().equals(AsMember.EMAIL) && m.subject().contains("試験ミール")),
        "a receipt mail");
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void aPlanWhoseCardChargeWasLeftUnansweredIsHeldByTheTimerOnce() throws Exception {
    int year = AcademicYear.of(LocalDate.now(MealDay.JAPAN));
    String code = "IT-" + PEOPLE.incrementAndGet();
    MealPlanView plan = asStaff.call(() -> mealPlans.define(plan(code, year, 96_000), "ip"));
    long id = member(Map.of("SHARE", 10));
    activated(id);
    assertEquals(
        PlanPurchase.Result.TIMEOUT,
        asMember
            .call(() -> buyPlan(id, plan.id(), key(), "4000 0000 0000 0119", "198.18.4.5"))
            .result());
    // Reloaded the page and paid again before the timer asked: not a second purchase.
    assertEquals(
        "PURCHASE_PENDING",
        assertThrows(
                InvalidValueException.class,
                () ->
                    asMember.call(
                        () -> buyPlan(id, plan.id(), key(), "4242 4242 4242 4242", "198.18.4.6")))
            .reason());
    // The member left the page; before, the charge the acquirer made bought nothing.
    housekeeping.settleCardCharges();
    housekeeping.settleCardCharges();
    assertEquals(code, asMember.call(() -> mealPlans.today(id)).orElseThrow().plan().code());
    assertEquals(
        Yen.of(96_000),
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.MEAL),
        "credited once");
    assertEquals(0, ledger.entrySum());
  }

  /** A purchase by card, with the expiry, code and birthday the card simulator accepts. */
  private PlanPurchase buyPlan(long memberId, long planId, String key, String card, String ip) {
    return mealPlans.buyByCard(
        memberId, planId, key, card, "12/30", "123", "0101", Locale.JAPANESE, ip);
  }

  private static MealPlanTerms plan(String code, int year, long price) {
    return plan(code, year, price, LocalDate.of(year, 1, 1));
  }

  /** A plan of {@code year}, every day of the week, on sale from {@code saleFrom}. */
  private static MealPlanTerms plan(String code, int year, long price, LocalDate saleFrom) {
    return new MealPlanTerms(
        "HOKUTO",
        year,
        code,
        "試験ミール",
        "Test meal plan",
        price,
        1_000,
        0,
        LocalTime.of(10, 0),
        LocalDate.of(year, 4, 1),
        LocalDate.of(year + 1, 3, 31),
        EnumSet.allOf(DayOfWeek.class),
        saleFrom,
        LocalDate.of(year + 1, 3, 31));
  }

  @Test
  void nextYearsPlanIsBoughtBeforeItStartsAtTheCounterAndByCard() throws Exception {
    int next = AcademicYear.of(LocalDate.now(MealDay.JAPAN)) + 1;
    String code = "IT-" + PEOPLE.incrementAndGet();
    // As the staff form proposes: next year's plan, on sale from now until it starts.
    MealPlanView plan =
        asStaff.call(
            () -> mealPlans.define(plan(code, next, 96_000, LocalDate.of(next - 1, 4, 1)), "ip"));
    long atCounter = member(Map.of("SHARE", 10));
    activated(atCounter);
    MealStatus sold =
        asStaff.call(() -> mealPlans.sellAtCounter("HOKUTO-SHOP", atCounter, plan.id(), "ip"));
    assertEquals(code, sold.plan().code());
    assertFalse(sold.servesToday(), "it starts in April");
    assertEquals(96_000, sold.mealBalance());

    long byCard = member(Map.of("SHARE", 10));
    activated(byCard);
    String k = key();
    PlanPurchase bought =
        asMember.call(() -> buyPlan(byCard, plan.id(), k, "4242 4242 4242 4242", "198.18.4.11"));
    assertEquals(PlanPurchase.Result.BOUGHT, bought.result());
    assertEquals(96_000, bought.status().mealBalance());
    assertEquals(
        PlanPurchase.Result.BOUGHT,
        asMember
            .call(() -> buyPlan(byCard, plan.id(), k, "4242 4242 4242 4242", "198.18.4.12"))
            .result(),
        "the same key again replays the purchase");
    assertEquals(
        Yen.of(96_000),
        asMember.call(() -> walletService.mine(byCard)).balances().get(Purse.MEAL),
        "credited once");
    MealStatus later = asMember.call(() -> mealPlans.today(byCard)).orElseThrow();
    assertEquals(code, later.plan().code(), "the pages show the plan bought, not 'no plan'");
    assertFalse(later.servesToday());
    // Off sale again, so that later activations here attach this year's plan, as they expect.
    asStaff.call(() -> mealPlans.endSale(plan.id(), "ip"));
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void staffChargeCashAtTheCounterOfTheirCoopOnce() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String uid = cardOf(id);
    assertEquals(
        "UNKNOWN_CREDENTIAL",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () -> asStaff.call(() -> counter.find("HOKUTO-SHOP", "IC_CARD", "04FFFFFFFF")))
            .reason());
    String k = key();
    WalletView charged =
        asStaff.call(
            () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 2_000, k, "ip"));
    assertEquals(Yen.of(2_000), charged.balances().get(Purse.CAFETERIA));
    WalletView again =
        asStaff.call(
            () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 2_000, k, "ip"));
    assertEquals(
        Yen.of(2_000), again.balances().get(Purse.CAFETERIA), "a double press, one charge");
    assertEquals(
        "ALREADY_CHARGED",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () ->
                    asStaff.call(
                        () ->
                            counter.cash(
                                "HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 3_000, k, "ip")))
            .reason(),
        "the same form sent again with another amount is not reported as charged");
    assertThrows(
        org.kumiai.domain.coop.CoopNotFoundException.class,
        () -> asStaff.call(() -> counter.find("WAKABA-SHOP", "IC_CARD", uid)),
        "another co-op's counter");
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "BASE", 1_000, key(), "ip"));
    assertEquals(0, ledger.entrySum());
  }

  @Test
  void mailsSentWhileTheMemberIsAwayAreInTheLanguageTheyLastReadThePortalIn() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String uid = cardOf(id);
    asStaff.call(
        () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 1_234, key(), "ip"));
    assertEquals(
        "【大学生協】チャージ完了のお知らせ ¥1,234",
        latestMailAbout("¥1,234").subject(),
        "Japanese until the member chooses English");
    try {
      accounts.keepLanguage(AsMember.EMAIL, Locale.ENGLISH);
      asStaff.call(
          () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 1_235, key(), "ip"));
      MessageView receipt = latestMailAbout("¥1,235");
      assertEquals("[University Co-op] Your charge of ¥1,235 is complete", receipt.subject());
      assertTrue(receipt.body().contains("Into: Cafeteria money"), receipt.body());
      CounterPayment paid =
          asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 987, key(), "ip"));
      asStaff.call(
          () ->
              refunds.refund(
                  id, paid.paymentId(), Yen.of(987), "重複", left(id, paid.paymentId()), "ip"));
      assertEquals("[University Co-op] Refund of ¥987", latestMailAbout("¥987").subject());
    } finally {
      accounts.keepLanguage(AsMember.EMAIL, Locale.JAPANESE);
    }
  }

  private MessageView latestMailAbout(String amount) {
    return outbox.latest(20).stream()
        .filter(m -> m.channel() == Channel.MAIL && m.subject().contains(amount))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail about " + amount));
  }

  @Test
  void staffTakeAPaymentAtTheCounterAndRefundItWithAReason() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    String uid = cardOf(id);
    LocalDate today = LocalDate.now(CoopTime.ZONE);
    WalletReports.WalletReport before = asStaff.call(() -> reports.report("HOKUTO", today, today));
    asStaff.call(
        () -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "CAFETERIA", 2_000, key(), "ip"));
    asStaff.call(() -> counter.cash("HOKUTO-SHOP", "IC_CARD", uid, "BASE", 1_000, key(), "ip"));

    String k = key();
    CounterPayment paid =
        asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 2_500, k, "ip"));
    assertEquals(Map.of(Purse.CAFETERIA, Yen.of(2_000), Purse.BASE, Yen.of(500)), paid.byPurse());
    assertEquals(Yen.of(12), paid.points(), "0.5% of 2,500, rounded down");
    assertEquals(Yen.of(500), paid.balances().get(Purse.BASE));
    CounterPayment again =
        asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 2_500, k, "ip"));
    assertTrue(again.repeated());
    assertEquals(paid.paymentId(), again.paymentId(), "a double press, one payment");
    assertEquals(Yen.of(500), again.balances().get(Purse.BASE));
    assertThrows(
        InsufficientFundsException.class,
        () ->
            asStaff.call(
                () -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 600, key(), "ip")));
    assertEquals(
        "category",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () ->
                    asStaff.call(
                        () -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "TOYS", 100, key(), "ip")))
            .field());
    assertEquals(
        Yen.of(500),
        asMember.call(() -> walletService.mine(id)).balances().get(Purse.BASE),
        "refused payments moved nothing");

    List<StaffRefunds.RefundablePayment> listed = asStaff.call(() -> refunds.recentPayments(id));
    assertEquals(1, listed.size());
    assertEquals(Yen.of(2_500), listed.get(0).refundable());
    assertEquals(
        "refundReason",
        refundRefused(id, paid.paymentId(), 500, " ", left(id, paid.paymentId())).field());
    asStaff.call(
        () -> refunds.refund(id, paid.paymentId(), Yen.of(500), "二重計上の訂正", Yen.of(2_500), "ip"));
    // The same form sent again from a second tab: 2,000 left, not the 2,500 it was shown.
    org.kumiai.domain.shared.InvalidValueException twice =
        refundRefused(id, paid.paymentId(), 500, "二重計上の訂正", Yen.of(2_500));
    assertEquals("payment CHANGED", twice.field() + " " + twice.reason());
    WalletView after = asMember.call(() -> walletService.mine(id));
    assertEquals(Yen.of(1_000), after.balances().get(Purse.BASE), "the last-drawn purse first");
    assertEquals(Yen.of(10), after.balances().get(Purse.POINTS), "points on 2,000 kept");
    assertEquals(
        "MORE_THAN_PAID",
        refundRefused(id, paid.paymentId(), 2_001, "返品", left(id, paid.paymentId())).reason());
    asStaff.call(
        () ->
            refunds.refund(
                id, paid.paymentId(), Yen.of(2_000), "返品", left(id, paid.paymentId()), "ip"));
    after = asMember.call(() -> walletService.mine(id));
    assertEquals(Yen.of(2_000), after.balances().get(Purse.CAFETERIA));
    assertEquals(Yen.ZERO, after.balances().get(Purse.POINTS));
    assertEquals(Yen.ZERO, asStaff.call(() -> refunds.recentPayments(id)).get(0).refundable());
    assertEquals(
        "ALREADY_REFUNDED",
        refundRefused(id, paid.paymentId(), 1, "返品", left(id, paid.paymentId())).reason());
    assertTrue(
        outbox.latest(20).stream().anyMatch(m -> m.subject().contains("返金のお知らせ ¥500")),
        "the member is told of the refund");
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () ->
            refunds.refund(id, paid.paymentId(), Yen.of(1), "返品", left(id, paid.paymentId()), "ip"),
        "staff only");
    assertEquals(0, ledger.entrySum());

    WalletReports.WalletReport report = asStaff.call(() -> reports.report("HOKUTO", today, today));
    assertTrue(report.balanced(), "the purses' balances agree with the ledger");
    assertEquals(report.liabilityTotal(), report.ledgerTotal());
    assertEquals(
        3_000,
        report.charges().get(AccountKind.CASH_DRAWER)[1]
            - before.charges().getOrDefault(AccountKind.CASH_DRAWER, new long[2])[1]);
    assertEquals(2_000, moved(report, before, "HOKUTO-CAFE", Purse.CAFETERIA, true));
    assertEquals(500, moved(report, before, "HOKUTO-CAFE", Purse.BASE, true));
    assertEquals(2_000, moved(report, before, "HOKUTO-CAFE", Purse.CAFETERIA, false));
    assertEquals(500, moved(report, before, "HOKUTO-CAFE", Purse.BASE, false));
    assertEquals(12, report.pointsEarned() - before.pointsEarned());
    assertEquals(12, report.pointsTakenBack() - before.pointsTakenBack());
    WalletFigures.Movements moves = report.movements();
    assertEquals(
        report.liability(), moves.closing(), "today's closing is what the purses hold now");
    assertEquals(before.movements().opening(), moves.opening(), "nothing before today moved");
    assertEquals(
        3_000,
        moves.total(TransactionKind.CHARGE) - before.movements().total(TransactionKind.CHARGE));
    assertEquals(
        -2_500 + 12,
        moves.total(TransactionKind.PAYMENT) - before.movements().total(TransactionKind.PAYMENT),
        "the payment took 2,500 from the purses and gave 12 points");
    assertEquals(
        2_500 - 12,
        moves.total(TransactionKind.REFUND) - before.movements().total(TransactionKind.REFUND),
        "the refunds gave it back, less the points");
    assertEquals(
        -2_000,
        moves.byKind().get(TransactionKind.PAYMENT).get(Purse.CAFETERIA)
            - before
                .movements()
                .byKind()
                .getOrDefault(TransactionKind.PAYMENT, Map.of())
                .getOrDefault(Purse.CAFETERIA, 0L));
    String csv =
        new String(asStaff.call(() -> reports.csv("HOKUTO", today, today)), StandardCharsets.UTF_8);
    assertTrue(
        csv.contains(
            "movements,HOKUTO,"
                + today
                + ","
                + today
                + ",closing,BASE,,"
                + moves.closing().get(Purse.BASE)),
        csv);
    assertTrue(
        csv.contains("payments,HOKUTO," + today + "," + today + ",HOKUTO-CAFE,CAFETERIA paid"),
        csv);
    assertEquals(
        "to",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () -> asStaff.call(() -> reports.report("HOKUTO", today, today.minusDays(1))))
            .field());
    assertThrows(
        org.kumiai.domain.coop.CoopNotFoundException.class,
        () -> asStaff.call(() -> reports.report("SETOUCHI", today, today)),
        "another co-op's figures");
  }

  @Test
  void autoChargeTopsUpOnceAFailureSwitchesItOffAndTheAlertMailsOncePerFall() throws Exception {
    long id = member(Map.of("SHARE", 10));
    long wallet = activated(id).walletId();
    String uid = cardOf(id);
    assertEquals(
        "autoAmount",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () ->
                    autoCharge(
                        id, "CAFETERIA", "TOP_UP", 1_000, 1_500, "4242424242424242", "198.18.9.1"))
            .field(),
        "a target too close to the threshold");
    assertEquals(
        "CARD_REFUSED",
        assertThrows(
                org.kumiai.domain.shared.InvalidValueException.class,
                () ->
                    autoCharge(
                        id, "CAFETERIA", "FIXED", 1_000, 3_000, "4000000000000002", "198.18.9.2"))
            .reason());
    AutoCharges.Settings set =
        autoCharge(id, "CAFETERIA", "FIXED", 1_000, 3_000, "4242424242424242", "198.18.9.3");
    assertEquals(AutoCharge.Status.ON, set.status());
    assertEquals("4242", set.cardLast4());
    asMember.call(() -> autoCharges.alert(id, 1_500L));

    assertEquals(AutoChargeRounds.Outcome.CHARGED, rounds.charge(wallet), "an empty purse");
    assertEquals(AutoChargeRounds.Outcome.NOT_DUE, rounds.charge(wallet), "charged once");
    assertEquals(Yen.of(3_000), balance(id, Purse.CAFETERIA));
    assertTrue(mailed("オートチャージのお知らせ ¥3,000"));
    assertFalse(rounds.alert(wallet), "3,000 is above the alert");

    asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 2_500, key(), "ip"));
    assertTrue(rounds.alert(wallet), "500 is below 1,500");
    assertFalse(rounds.alert(wallet), "told once per fall");
    assertTrue(mailed("残高が少なくなりました（¥500）"));
    // A meal plan holder with ¥96,000 of MEAL and nothing else is told too: MEAL pays lunch only.
    long mealOnly = member(Map.of("SHARE", 10, "MEAL", 1));
    long mealWallet = activated(mealOnly).walletId();
    asMember.call(() -> autoCharges.alert(mealOnly, 1_000L));
    assertTrue(rounds.alert(mealWallet), "nothing for the shop or the bookstore");
    assertTrue(timer.runOnce() >= 1, "the timer finds the purse below its threshold");
    assertEquals(Yen.of(3_500), balance(id, Purse.CAFETERIA));
    assertFalse(rounds.alert(wallet), "back above: re-armed, nothing to say");

    // A card that times out once is asked again with the same key and amount: one charge.
    autoCharge(id, "CAFETERIA", "TOP_UP", 4_000, 6_000, "4000000000000119", "198.18.9.4");
    assertEquals(AutoChargeRounds.Outcome.UNANSWERED, rounds.charge(wallet));
    assertEquals(Yen.of(3_500), balance(id, Purse.CAFETERIA));
    assertEquals(
        "CHARGE_PENDING",
        assertThrows(
                InvalidValueException.class,
                () ->
                    autoCharge(
                        id, "CAFETERIA", "FIXED", 4_000, 1_000, "4242424242424242", "198.18.9.7"))
            .reason(),
        "not another card under the unanswered charge's key");
    // Spent meanwhile: the rule would now ask 3,000, but the acquirer holds 2,500 under the key
    // (before, 3,000 was refused as KEY_REUSED and the 2,500 it had charged was never credited).
    asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 500, key(), "ip"));
    assertEquals(AutoChargeRounds.Outcome.CHARGED, rounds.charge(wallet));
    assertEquals(Yen.of(5_500), balance(id, Purse.CAFETERIA), "the 2,500 first asked");

    // A fixed charge that leaves the purse below the threshold waits for a payment.
    autoCharge(id, "CAFETERIA", "FIXED", 10_000, 1_000, "4242424242424242", "198.18.9.6");
    assertEquals(AutoChargeRounds.Outcome.CHARGED, rounds.charge(wallet));
    assertEquals(AutoChargeRounds.Outcome.NOT_DUE, rounds.charge(wallet), "nothing spent since");
    timer.runOnce();
    assertEquals(Yen.of(6_500), balance(id, Purse.CAFETERIA), "not charged at every pass");
    asStaff.call(() -> counter.pay("HOKUTO-CAFE", "IC_CARD", uid, "FOOD", 500, key(), "ip"));
    assertEquals(AutoChargeRounds.Outcome.CHARGED, rounds.charge(wallet), "a payment since");
    assertEquals(Yen.of(7_000), balance(id, Purse.CAFETERIA));

    // A decline switches it off, mails the member, and is not tried again.
    autoCharge(id, "CAFETERIA", "FIXED", 8_000, 1_000, "4000000000009995", "198.18.9.5");
    assertEquals(AutoChargeRounds.Outcome.FAILED, rounds.charge(wallet));
    assertEquals(AutoChargeRounds.Outcome.NOT_DUE, rounds.charge(wallet), "no retry loop");
    AutoCharges.Settings failed = asMember.call(() -> autoCharges.of(id));
    assertEquals(AutoCharge.Status.FAILED, failed.status());
    assertEquals("INSUFFICIENT_FUNDS", failed.failure());
    assertTrue(mailed("オートチャージができませんでした"));
    assertEquals(Yen.of(7_000), balance(id, Purse.CAFETERIA));
    assertEquals(0, ledger.entrySum());
  }

  /** The member sets an auto-charge with this card (any future expiry, code and birthday). */
  private AutoCharges.Settings autoCharge(
      long memberId, String purse, String mode, long below, long amount, String card, String ip)
      throws Exception {
    return asMember.call(
        () ->
            autoCharges.set(
                memberId, purse, mode, below, amount, card, "12/30", "123", "0101", ip));
  }

  /** The member's charge check passes for this purse and amount. */
  private void chargeAllowed(long memberId, String purse, long amount) throws Exception {
    asMember.call(
        () -> {
          charges.check(memberId, null, purse, amount);
          return null;
        });
  }

  /** The reason the member's charge check refuses this purse and amount. */
  private String chargeRefused(long memberId, String purse, long amount) {
    return assertThrows(
            org.kumiai.domain.shared.InvalidValueException.class,
            () -> chargeAllowed(memberId, purse, amount))
        .reason();
  }

  private Yen balance(long memberId, Purse purse) throws Exception {
    return asMember.call(() -> walletService.mine(memberId)).balances().get(purse);
  }

  private boolean mailed(String subject) {
    return outbox.latest(30).stream().anyMatch(m -> m.subject().contains(subject));
  }

  @Test
  void theOtherChannelIsAddedAsALoginMethodAfterActivation() throws Exception {
    long id = member(Map.of("SHARE", 10));
    activated(id);
    Wallets.LoginMethods methods = asMember.call(() -> walletService.loginMethods(id));
    assertEquals(AsMember.EMAIL, methods.email(), "the activation's channel");
    String phone = "+8190" + (10_000_000 + PEOPLE.incrementAndGet());
    links.givePhone(phone);
    links.givePassword("Wallet-Login-2026!");
    String typed =
        "0" + phone.substring(3, 5) + "-" + phone.substring(5, 9) + "-" + phone.substring(9);
    assertEquals(
        PasswordCheck.Outcome.WRONG,
        signIn.checkPassword(typed, "Wallet-Login-2026!", "ip").outcome(),
        "the account's phone signs in only once the wallet lists it as a login method");
    asMember.call(() -> walletService.sendCode(id, Wallets.Channel.SMS, Locale.JAPANESE));
    String sms =
        outbox.latest(50).stream()
            .filter(m -> m.channel() == Channel.SMS && m.recipient().equals(phone))
            .findFirst()
            .orElseThrow()
            .body();
    Matcher code = CODE.matcher(sms);
    assertTrue(code.find(), sms);
    String wrong = "000000".equals(code.group(1)) ? "111111" : "000000";
    assertFalse(
        asMember
            .call(() -> walletService.proveCode(id, Wallets.Channel.SMS, wrong, "ip"))
            .accepted());
    assertEquals(null, asMember.call(() -> walletService.loginMethods(id)).phone());
    assertTrue(
        asMember
            .call(() -> walletService.proveCode(id, Wallets.Channel.SMS, code.group(1), "ip"))
            .accepted());
    methods = asMember.call(() -> walletService.loginMethods(id));
    assertEquals(phone, methods.phone());
    assertEquals(AsMember.EMAIL, methods.email());
    PasswordCheck byPhone = signIn.checkPassword(typed, "Wallet-Login-2026!", "ip");
    assertEquals(PasswordCheck.Outcome.ACCEPTED, byPhone.outcome());
    assertEquals(AsMember.EMAIL, byPhone.email(), "the next steps go on by the account's address");
    assertEquals(
        PasswordCheck.Outcome.WRONG,
        signIn.checkPassword(typed, "Wrong-Password-2026!", "ip").outcome());
    assertEquals(WalletStatus.ACTIVE, asMember.call(() -> walletService.mine(id)).status());
  }

  /** What a store took from a purse (or gave back to it) between two reports. */
  private static long moved(
      WalletReports.WalletReport after,
      WalletReports.WalletReport before,
      String store,
      Purse purse,
      boolean paid) {
    java.util.function.ToLongFunction<WalletReports.WalletReport> of =
        r ->
            r.payments().stream()
                .filter(s -> s.storeCode().equals(store) && s.purse() == purse)
                .mapToLong(s -> paid ? s.paid() : s.refunded())
                .sum();
    return of.applyAsLong(after) - of.applyAsLong(before);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
