package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.membership.EnrollmentClosedException;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsStaff;

/**
 * Enrollment through the service with real JTA: the application, card payments through the
 * simulator (approve, decline, timeout and retry), the number and the welcome mail, expiry, and
 * payment at the counter by staff of the co-op only.
 */
@ExtendWith(ArquillianExtension.class)
class EnrollmentIT {

  private static final String GOOD_CARD = "4242 4242 4242 4242";

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
            "enrollment",
            Map.of(
                "kumiai.membership.pay-within", "PT3S",
                "kumiai.membership.expiry-interval-ms", "3600000",
                "kumiai.identity.pbkdf2-iterations", "10000"))
        .addClasses(AsStaff.class)
        .addAsWebInfResource(new File("src/test/resources/staff-it/glassfish-web.xml"));
  }

  @Inject Enrollments enrollments;
  @Inject MemberRepository members;
  @Inject Outbox outbox;
  @Inject AsStaff asStaff;
  @Inject EnrollmentRepository applications;
  @Inject AuditTrail audit;
  @Inject SignInRateLimit signInLimit;

  private static final AtomicInteger IPS = new AtomicInteger();

  /**
   * A visitor's address of its own: random ones among 250 met the per-address limit now and then
   * when one address came up often enough in the class (ResendTooSoonException, 2026-12-05).
   */
  private static String ip() {
    int n = IPS.incrementAndGet();
    return "198.18." + (n / 250) + "." + (n % 250 + 1);
  }

  private static final AtomicInteger PEOPLE = new AtomicInteger();

  /** A birth date nobody else in this test has, so each form is a different person. */
  private static String bornOn() {
    return LocalDate.of(2000, 1, 1)
        .plusDays(PEOPLE.incrementAndGet() * 7L + (System.nanoTime() % 5))
        .toString()
        .replace('-', '/');
  }

  private static ApplicationForm form(String coop, String email, Map<String, Integer> items) {
    return form(coop, email, bornOn(), items);
  }

  private static ApplicationForm form(
      String coop, String email, String born, Map<String, Integer> items) {
    return new ApplicationForm(
        coop,
        "生協",
        "花子",
        "セイキョウ",
        "ハナコ",
        born,
        email,
        "090-6000-0001",
        "980-8577",
        "宮城県",
        "仙台市青葉区",
        "片平2-1-1",
        null,
        "STUDENT",
        "工学部",
        "B27001",
        items);
  }

  private static String someone() {
    return "applicant-" + System.nanoTime() + "@example.jp";
  }

  private static Map<String, Integer> seedItems() {
    return Map.of(
        "SHARE", 10, "G1200", 1, "19HL", 1, "19W", 1, "110", 1, "EMONEY", 40_000, "MEAL", 1);
  }

  private PaymentOutcome payByCard(long id, String card, Locale lang) {
    return enrollments.payByCard(id, card, "12/30", "123", "0402", lang, ip());
  }

  /** The state of the application a good card's payment is refused for. */
  private EnrollmentStatus refusedAs(long id, Locale lang) {
    return assertThrows(EnrollmentClosedException.class, () -> payByCard(id, GOOD_CARD, lang))
        .status();
  }

  private MessageView welcomeTo(String email) {
    return outbox.latest(300).stream()
        .filter(m -> m.recipient().equals(email) && m.channel() == Channel.MAIL)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail to " + email));
  }

  @Test
  void theCatalogueIsTheCoopsOwn() {
    List<ProductView> hokuto = enrollments.catalogue("HOKUTO");
    assertEquals(
        List.of("SHARE", "G1200", "19HL", "19W", "110", "EMONEY", "MEAL"),
        hokuto.stream().map(ProductView::code).toList());
    assertEquals(10, hokuto.get(0).minUnits());
    assertEquals(20, enrollments.catalogue("WAKABA").get(0).minUnits());
    assertThrows(CoopNotFoundException.class, () -> enrollments.catalogue("NOWHERE"));
  }

  @Test
  void badFieldsAreAllNamedAndNothingIsWritten() {
    String email = someone();
    ApplicationForm bad =
        new ApplicationForm(
            "HOKUTO",
            "",
            "花子",
            "せいきょう",
            "ハナコ",
            "2007/13/40",
            "not-an-email",
            "12",
            "12",
            "宮城県",
            "仙台市",
            "片平",
            null,
            "",
            "工学部",
            null,
            Map.of("SHARE", 10));
    InvalidValuesException e =
        assertThrows(InvalidValuesException.class, () -> enrollments.apply(bad, ip()));
    assertEquals(
        List.of(
            "familyName",
            "familyKana",
            "dateOfBirth",
            "email",
            "phone",
            "postalCode",
            "affiliation"),
        e.problems().stream().map(InvalidValueException::field).toList());
    InvalidValueException shares =
        assertThrows(
            InvalidValueException.class,
            () -> enrollments.apply(form("HOKUTO", email, Map.of("SHARE", 9)), ip()));
    assertEquals("item_SHARE", shares.field());
    assertTrue(members.findByEmail(EmailAddress.parse(email)).isEmpty(), "no member half-written");
  }

  @Test
  void aPaidApplicationGetsItsNumberAndTheWelcomeMail() {
    String email = someone();
    EnrollmentView applied = enrollments.apply(form("HOKUTO", email, seedItems()), ip());
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, applied.status());
    assertEquals(190_950L, applied.total().value(), "払込金額合計 of seed 002 §1");
    assertNull(applied.number());

    PaymentOutcome declined = payByCard(applied.id(), "4000 0000 0000 0002", Locale.JAPANESE);
    assertEquals(PaymentOutcome.Result.DECLINED, declined.result());
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, enrollments.view(applied.id()).status());
    assertNull(enrollments.view(applied.id()).number(), "no number without payment");

    assertThrows(
        InvalidValuesException.class,
        () -> payByCard(applied.id(), "4242 4242 4242 4241", Locale.JAPANESE));

    PaymentOutcome paid = payByCard(applied.id(), GOOD_CARD, Locale.JAPANESE);
    assertEquals(PaymentOutcome.Result.PAID, paid.result());
    String number = paid.enrollment().number();
    assertEquals(number, MembershipNumber.parse(number).formatted(), "a valid number");
    assertEquals(EnrollmentStatus.PAID, enrollments.view(applied.id()).status());

    MessageView welcome = welcomeTo(email);
    assertTrue(welcome.subject().contains("組合員番号のお知らせ"), welcome.subject());
    for (String expected :
        List.of(
            "生協 花子 さま",
            "10口 ¥20,000",
            "G1200 1年間 ¥14,400",
            "学生生活110番",
            "電子マネー\t¥40,000",
            "ミール\t年間 1日1,000円まで ¥96,000",
            "払込金額合計\t¥190,950",
            number,
            "/signup?email=")) {
      assertTrue(
          welcome.body().contains(expected),
          "welcome mail has " + expected + ":\n" + welcome.body());
    }
    assertEquals(EnrollmentStatus.PAID, refusedAs(applied.id(), Locale.JAPANESE));
  }

  @Test
  void aTimedOutChargeRetriedWithTheSameKeyIsOneCharge() {
    String email = someone();
    EnrollmentView applied = enrollments.apply(form("WAKABA", email, Map.of("SHARE", 20)), ip());
    PaymentOutcome first = payByCard(applied.id(), "4000 0000 0000 0119", Locale.ENGLISH);
    assertEquals(PaymentOutcome.Result.TIMEOUT, first.result());
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, enrollments.view(applied.id()).status());
    PaymentOutcome retried = payByCard(applied.id(), "4000 0000 0000 0119", Locale.ENGLISH);
    assertEquals(PaymentOutcome.Result.PAID, retried.result());
    assertTrue(welcomeTo(email).subject().contains("membership number"));
  }

  @Test
  void aChargeLeftUnansweredPaysTheApplicationByTheTimerOnceEvenPastItsTime() throws Exception {
    String email = someone();
    EnrollmentView applied = enrollments.apply(form("HOKUTO", email, Map.of("SHARE", 10)), ip());
    PaymentOutcome unanswered = payByCard(applied.id(), "4000 0000 0000 0119", Locale.ENGLISH);
    assertEquals(PaymentOutcome.Result.TIMEOUT, unanswered.result());
    Thread.sleep(3_200);
    enrollments.expireDue();
    assertEquals(
        EnrollmentStatus.AWAITING_PAYMENT,
        enrollments.view(applied.id()).status(),
        "the card may have been charged: the application waits for the acquirer's answer");
    assertTrue(enrollments.awaitingCardAnswer(1_000).contains(applied.id()));

    assertTrue(enrollments.settleCardPayment(applied.id()));
    EnrollmentView paid = enrollments.view(applied.id());
    assertEquals(EnrollmentStatus.PAID, paid.status());
    assertTrue(paid.paidByCard());
    assertNotNull(paid.number());
    assertTrue(
        welcomeTo(email).subject().contains("membership number"),
        "the welcome mail in the language of the applicant's page");

    assertFalse(enrollments.settleCardPayment(applied.id()), "settled once");
    assertFalse(enrollments.awaitingCardAnswer(1_000).contains(applied.id()));
    assertEquals(
        1,
        outbox.latest(300).stream().filter(m -> m.recipient().equals(email)).count(),
        "one welcome mail");
    assertEquals(EnrollmentStatus.PAID, refusedAs(applied.id(), Locale.ENGLISH));
  }

  @Test
  void aRetryPastTheDeadlineOnlyAsksAboutTheChargeSentInTime() throws Exception {
    EnrollmentView applied =
        enrollments.apply(form("HOKUTO", someone(), Map.of("SHARE", 10)), ip());
    assertEquals(
        PaymentOutcome.Result.TIMEOUT,
        payByCard(applied.id(), "4000 0000 0000 0119", Locale.JAPANESE).result());
    Thread.sleep(3_200);
    // Another card, which the acquirer would decline: no charge is sent with it after the
    // deadline, the acquirer is only asked about the one sent in time, which it made.
    PaymentOutcome late = payByCard(applied.id(), "4000 0000 0000 0002", Locale.JAPANESE);
    assertEquals(PaymentOutcome.Result.PAID, late.result());
    assertTrue(late.enrollment().paidByCard());
  }

  @Test
  void theCounterTakesNoCashForAnApplicationWhoseUnansweredChargeWasMade() throws Exception {
    EnrollmentView applied =
        enrollments.apply(form("HOKUTO", someone(), Map.of("SHARE", 10)), ip());
    assertEquals(
        PaymentOutcome.Result.TIMEOUT,
        payByCard(applied.id(), "4000 0000 0000 0119", Locale.JAPANESE).result());

    EnrollmentView paid =
        asStaff.call(() -> enrollments.payAtCounter(applied.id(), Locale.JAPANESE, ip()));
    assertEquals(EnrollmentStatus.PAID, paid.status());
    assertTrue(paid.paidByCard(), "the acquirer made the charge: no cash to take");
    assertFalse(enrollments.settleCardPayment(applied.id()), "nothing left for the timer");
  }

  @Test
  void anApplicationPastItsTimeIsNotChargedEvenBeforeTheTimerExpiresIt() throws Exception {
    EnrollmentView applied =
        enrollments.apply(form("HOKUTO", someone(), Map.of("SHARE", 10)), ip());
    Thread.sleep(3_200);
    // The card that times out tells whether the acquirer was asked: it would answer TIMEOUT.
    EnrollmentClosedException e =
        assertThrows(
            EnrollmentClosedException.class,
            () -> payByCard(applied.id(), "4000 0000 0000 0119", Locale.JAPANESE));
    assertEquals(EnrollmentStatus.EXPIRED, e.status());
  }

  @Test
  void anUnpaidApplicationExpiresAndCanNoLongerBePaid() throws Exception {
    EnrollmentView applied =
        enrollments.apply(form("HOKUTO", someone(), Map.of("SHARE", 10)), ip());
    Thread.sleep(3_200);
    assertTrue(enrollments.expireDue() >= 1);
    assertEquals(EnrollmentStatus.EXPIRED, enrollments.view(applied.id()).status());
    assertEquals(EnrollmentStatus.EXPIRED, refusedAs(applied.id(), Locale.JAPANESE));
  }

  @Test
  void staffMarkAnApplicationOfTheirCoopPaidAtTheCounter() throws Exception {
    EnrollmentView hokuto = enrollments.apply(form("HOKUTO", someone(), Map.of("SHARE", 10)), ip());
    EnrollmentView wakaba = enrollments.apply(form("WAKABA", someone(), Map.of("SHARE", 20)), ip());
    assertThrows(
        EJBAccessException.class,
        () -> enrollments.payAtCounter(hokuto.id(), Locale.JAPANESE, ip()));

    List<EnrollmentView> waiting = asStaff.call(enrollments::awaitingPayment);
    assertTrue(waiting.stream().anyMatch(e -> e.id() == hokuto.id()));
    assertFalse(waiting.stream().anyMatch(e -> e.id() == wakaba.id()), "only the staff's co-op");

    EnrollmentView paid =
        asStaff.call(() -> enrollments.payAtCounter(hokuto.id(), Locale.JAPANESE, ip()));
    assertEquals(EnrollmentStatus.PAID, paid.status());
    assertTrue(paid.number() != null);
    assertFalse(paid.paidByCard());
    assertThrows(
        CoopNotFoundException.class,
        () -> asStaff.call(() -> enrollments.payAtCounter(wakaba.id(), Locale.JAPANESE, ip())));
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, enrollments.view(wakaba.id()).status());
  }

  @Test
  void itemsKeepTheirPriceWhenChosenTwice() {
    Map<String, Integer> items = new HashMap<>(seedItems());
    items.put("EMONEY", 0);
    EnrollmentView applied = enrollments.apply(form("SETOUCHI", someone(), items), ip());
    assertEquals(
        List.of("SHARE", "G1200", "19HL", "19W", "110", "MEAL"),
        applied.lines().stream().map(EnrollmentView.Line::code).toList(),
        "no deposit line for zero yen");
  }

  @Test
  void aSecondApplicationForTheSamePersonIsRefusedNamingTheField() throws Exception {
    String email = someone();
    String born = bornOn();
    EnrollmentView first =
        enrollments.apply(form("HOKUTO", email, born, Map.of("SHARE", 10)), ip());

    InvalidValuesException waiting =
        assertThrows(
            InvalidValuesException.class,
            () -> enrollments.apply(form("HOKUTO", email, bornOn(), Map.of("SHARE", 10)), ip()));
    assertEquals("email", waiting.problems().get(0).field());
    assertEquals("ALREADY_APPLIED", waiting.problems().get(0).reason());

    asStaff.call(() -> enrollments.payAtCounter(first.id(), Locale.JAPANESE, ip()));
    InvalidValuesException sameAddress =
        assertThrows(
            InvalidValuesException.class,
            () -> enrollments.checkApplicant(form("HOKUTO", email, bornOn(), Map.of())));
    assertEquals("ALREADY_MEMBER", sameAddress.problems().get(0).reason());
    String other = someone();
    InvalidValuesException samePerson =
        assertThrows(
            InvalidValuesException.class,
            () -> enrollments.apply(form("HOKUTO", other, born, Map.of("SHARE", 10)), ip()));
    assertEquals("dateOfBirth", samePerson.problems().get(0).field());
    assertEquals("SAME_PERSON_ALREADY_MEMBER", samePerson.problems().get(0).reason());
    assertTrue(members.findByEmail(EmailAddress.parse(other)).isEmpty(), "nothing written");

    EnrollmentView elsewhere =
        enrollments.apply(form("WAKABA", email, born, Map.of("SHARE", 20)), ip());
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, elsewhere.status(), "another co-op is fine");
  }

  @Test
  void aBirthDateInTheFutureIsNamedNotAFailure() {
    InvalidValuesException e =
        assertThrows(
            InvalidValuesException.class,
            () ->
                enrollments.checkApplicant(
                    form("HOKUTO", someone(), LocalDate.now().plusDays(2).toString(), Map.of())));
    assertEquals("dateOfBirth", e.problems().get(0).field());
    assertEquals("IN_FUTURE", e.problems().get(0).reason());
  }

  @Test
  void staffEnterAnApplicationAtTheCounterOfTheirCoopOnly() throws Exception {
    String email = someone();
    assertThrows(
        EJBAccessException.class,
        () -> enrollments.enterAtCounter(form("HOKUTO", email, Map.of("SHARE", 10)), ip()));
    EnrollmentView entered =
        asStaff.call(
            () -> enrollments.enterAtCounter(form("HOKUTO", email, Map.of("SHARE", 12)), ip()));
    assertEquals(24_000L, entered.total().value());
    assertEquals(
        "staff@hokuto.example.jp",
        applications.find(entered.id()).orElseThrow().enteredBy().orElseThrow(),
        "recorded as entered by the staff member");
    EnrollmentView paid =
        asStaff.call(() -> enrollments.payAtCounter(entered.id(), Locale.JAPANESE, ip()));
    assertTrue(paid.number() != null);
    assertTrue(welcomeTo(email).body().contains(paid.number()));

    // The applicant's card at the counter: taken by the staff member, whatever the counter's
    // address has done in the last minutes (the public form's limit is per address).
    String byCard = someone();
    EnrollmentView second =
        asStaff.call(
            () -> enrollments.enterAtCounter(form("HOKUTO", byCard, Map.of("SHARE", 10)), ip()));
    String counter = ip();
    for (int i = 0; i < 40; i++) {
      signInLimit.tryAttempt(counter);
    }
    PaymentOutcome card =
        asStaff.call(
            () ->
                enrollments.payByCard(
                    second.id(),
                    "4242 4242 4242 4242",
                    "12/30",
                    "123",
                    "0402",
                    Locale.JAPANESE,
                    counter));
    assertEquals(PaymentOutcome.Result.PAID, card.result());
    assertEquals(
        "staff@hokuto.example.jp",
        audit.about(byCard, 5).stream()
            .filter(e -> e.action() == AuditAction.ENROLLMENT_PAID)
            .findFirst()
            .orElseThrow()
            .actor());

    String wakaba = someone();
    assertThrows(
        CoopNotFoundException.class,
        () ->
            asStaff.call(
                () ->
                    enrollments.enterAtCounter(form("WAKABA", wakaba, Map.of("SHARE", 20)), ip())));
    assertTrue(members.findByEmail(EmailAddress.parse(wakaba)).isEmpty());
    assertTrue(
        applications
            .find(enrollments.apply(form("HOKUTO", someone(), Map.of("SHARE", 10)), ip()).id())
            .orElseThrow()
            .enteredBy()
            .isEmpty(),
        "the applicant's own form has nobody entering it");
  }
}
