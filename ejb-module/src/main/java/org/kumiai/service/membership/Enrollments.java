package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.EnrollmentClosedException;
import org.kumiai.domain.membership.EnrollmentLine;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PaymentMethod;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.domain.shared.TypedDate;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.payment.CardGateway;
import org.kumiai.service.payment.CardResult;

/**
 * Enrollment (REQUIREMENTS §2): the applicant's data and items make an application and an APPLIED
 * member; paying it — by card through the {@link CardGateway}, or at the counter — issues the
 * membership number and sends the welcome mail of seed 002 §1 with the link to the portal sign-up.
 * Unpaid applications expire ({@link EnrollmentExpiry}).
 */
@Stateless
@PermitAll
public class Enrollments {

  private static final String APPLICANT = "applicant (enrollment form)";
  private static final int MAX_DEPARTMENT = 100;

  @Inject private CoopRepository coops;
  @Inject private MemberRepository members;
  @Inject private AccountRepository accounts;
  @Inject private EnrollmentRepository enrollments;
  @Inject private CardGateway cards;
  @Inject private StaffScope staffScope;
  @Inject private SignInRateLimit ipLimit;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "kumiai.membership.pay-within", defaultValue = "P3D")
  String payWithin;

  @Inject
  @ConfigProperty(name = "kumiai.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public List<ProductView> catalogue(String coopCode) {
    return enrollments.catalogue(coops.getCoop(coopCode)).stream().map(ProductView::of).toList();
  }

  /**
   * Checks every field and item, then records the application and an APPLIED member. Nothing is
   * written when anything is wrong, and every wrong field is named.
   */
  public EnrollmentView apply(ApplicationForm form, String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      throw new ResendTooSoonException(limited.get());
    }
    Coop coop = coops.getCoop(form.coopCode());
    Instant now = clock.instant();
    Member member = applicant(coop, form, now);
    members.store(member);
    Enrollment enrollment =
        new Enrollment(
            member.id(), enrollments.catalogue(coop), form.items(), now, Duration.parse(payWithin));
    enrollments.store(enrollment);
    audit.record(
        AuditAction.ENROLLMENT_APPLIED,
        APPLICANT,
        member.email().map(EmailAddress::value).orElse(null),
        ip,
        coop.code() + " " + enrollment.total());
    return EnrollmentView.of(enrollment, member);
  }

  /** Checks the applicant's own data, naming every bad field; writes nothing. */
  public void checkApplicant(ApplicationForm form) {
    applicant(coops.getCoop(form.coopCode()), form, clock.instant());
  }

  /** The items' lines and total as they would be applied for; writes nothing. */
  public EnrollmentView quote(ApplicationForm form) {
    Coop coop = coops.getCoop(form.coopCode());
    Enrollment quoted =
        new Enrollment(
            0, enrollments.catalogue(coop), form.items(), clock.instant(), Duration.ZERO);
    return EnrollmentView.quote(quoted, coop);
  }

  private static Member applicant(Coop coop, ApplicationForm form, Instant now) {
    // Every field is checked first so the form can name all the bad ones; then built for real.
    InvalidValuesException.check(
        () ->
            PersonName.check(
                form.familyName(), form.givenName(), form.familyKana(), form.givenKana()),
        () -> TypedDate.parse("dateOfBirth", form.dateOfBirth()),
        () -> EmailAddress.parse(form.email()),
        () -> PhoneNumber.parse(form.phone()),
        () ->
            PostalAddress.check(
                form.postalCode(),
                form.prefecture(),
                form.city(),
                form.addressLine1(),
                form.addressLine2()),
        () -> affiliation(form));
    return new Member(
        coop,
        new PersonName(form.familyName(), form.givenName(), form.familyKana(), form.givenKana()),
        TypedDate.parse("dateOfBirth", form.dateOfBirth()),
        EmailAddress.parse(form.email()),
        PhoneNumber.parse(form.phone()),
        new PostalAddress(
            form.postalCode(),
            form.prefecture(),
            form.city(),
            form.addressLine1(),
            form.addressLine2()),
        affiliation(form),
        now);
  }

  private static Affiliation affiliation(ApplicationForm form) {
    AffiliationKind kind;
    try {
      kind = AffiliationKind.valueOf(form.affiliation() == null ? "" : form.affiliation());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("affiliation", "NOT_CHOSEN");
    }
    String department = TypedText.required("department", form.department(), MAX_DEPARTMENT);
    String studentNumber =
        form.studentNumber() == null || form.studentNumber().isBlank()
            ? null
            : TypedText.required("studentNumber", form.studentNumber(), 20);
    return new Affiliation(kind, department, studentNumber, null);
  }

  public EnrollmentView view(long id) {
    Enrollment e = enrollments.find(id).orElseThrow();
    return EnrollmentView.of(e, members.find(e.memberId()).orElseThrow());
  }

  /**
   * Charges the application's total to the card. The gateway is asked with the application's own
   * key, so paying again after a timeout or a double click is the same charge, never a second one.
   */
  public PaymentOutcome payByCard(
      long id, String number, String expiry, String code, String birthday, Locale lang, String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      throw new ResendTooSoonException(limited.get());
    }
    CardDetails card =
        CardDetails.parse(
            number, expiry, code, birthday, YearMonth.now(clock.withZone(CoopTime.ZONE)));
    Enrollment enrollment = enrollments.findForUpdate(id).orElseThrow();
    if (enrollment.status() != EnrollmentStatus.AWAITING_PAYMENT) {
      throw new EnrollmentClosedException(enrollment.status());
    }
    Member member = members.findForUpdate(enrollment.memberId()).orElseThrow();
    String who = member.email().map(EmailAddress::value).orElse(null);
    CardResult result = cards.charge(enrollment.paymentKey(), enrollment.total(), card);
    switch (result.outcome()) {
      case APPROVED -> {
        complete(
            enrollment, member, PaymentMethod.CARD, result.authorization(), lang, APPLICANT, ip);
        return new PaymentOutcome(
            PaymentOutcome.Result.PAID, null, EnrollmentView.of(enrollment, member));
      }
      case DECLINED -> {
        enrollment.declined();
        audit.record(
            AuditAction.CARD_DECLINED, APPLICANT, who, ip, card + " " + result.declineReason());
        return new PaymentOutcome(
            PaymentOutcome.Result.DECLINED,
            result.declineReason(),
            EnrollmentView.of(enrollment, member));
      }
      default -> {
        audit.record(AuditAction.CARD_DECLINED, APPLICANT, who, ip, card + " no answer");
        return new PaymentOutcome(
            PaymentOutcome.Result.TIMEOUT, null, EnrollmentView.of(enrollment, member));
      }
    }
  }

  /**
   * The insurance and support products of the signed-in member's memberships, with the days each
   * covers (from the day the enrollment was paid).
   */
  @RolesAllowed("MEMBER")
  public List<CoverageView> myCoverage() {
    Set<Long> mine =
        accounts
            .findByEmail(EmailAddress.parse(context.getCallerPrincipal().getName()))
            .map(Account::memberIds)
            .orElse(Set.of());
    List<CoverageView> coverage = new ArrayList<>();
    for (Enrollment e : enrollments.paidOf(mine)) {
      Member member = members.find(e.memberId()).orElseThrow();
      LocalDate paidOn = LocalDate.ofInstant(e.paidAt().orElseThrow(), CoopTime.ZONE);
      for (EnrollmentLine line : e.lines()) {
        line.coverage(paidOn)
            .ifPresent(
                days ->
                    coverage.add(
                        new CoverageView(
                            member.coop().name().ja(),
                            line.productCode(),
                            line.nameJa(),
                            line.nameEn(),
                            line.term(),
                            days[0],
                            days[1])));
      }
    }
    return coverage;
  }

  /** Unpaid applications of the caller's co-ops, for the counter. */
  @RolesAllowed("STAFF")
  public List<EnrollmentView> awaitingPayment() {
    List<String> codes = staffScope.coops().stream().map(c -> c.code()).toList();
    return enrollments.awaitingPayment(codes).stream()
        .map(e -> EnrollmentView.of(e, members.find(e.memberId()).orElseThrow()))
        .toList();
  }

  /** Paid in cash at the counter of one of the caller's co-ops. */
  @RolesAllowed("STAFF")
  public EnrollmentView payAtCounter(long id, Locale lang, String ip) {
    Enrollment enrollment = enrollments.findForUpdate(id).orElseThrow();
    Member member = members.findForUpdate(enrollment.memberId()).orElseThrow();
    staffScope.coop(member.coop().code());
    String staff = context.getCallerPrincipal().getName();
    complete(enrollment, member, PaymentMethod.COUNTER, "counter: " + staff, lang, staff, ip);
    return EnrollmentView.of(enrollment, member);
  }

  /** Expires what is due; returns how many. Called by the timer. */
  public int expireDue() {
    Instant now = clock.instant();
    int expired = 0;
    for (Enrollment e : enrollments.dueToExpire(now, 200)) {
      if (e.expireIfDue(now)) {
        audit.record(AuditAction.ENROLLMENT_EXPIRED, "system", "enrollment " + e.id(), null, null);
        expired++;
      }
    }
    return expired;
  }

  private void complete(
      Enrollment enrollment,
      Member member,
      PaymentMethod method,
      String reference,
      Locale lang,
      String actor,
      String ip) {
    enrollment.pay(method, reference, clock.instant());
    member.activate(MembershipNumber.issue(members.nextNumberSerial()));
    String number = member.number().orElseThrow().formatted();
    // A prospective student who signed up before joining now holds the membership too.
    member
        .email()
        .flatMap(accounts::findByEmailForUpdate)
        .ifPresent(a -> a.linkMembership(member.id()));
    member
        .email()
        .ifPresent(
            to ->
                outbox.enqueueMail(
                    to.value(),
                    templates.render("welcome.subject", lang),
                    welcomeBody(enrollment, member, number, to, lang)));
    audit.record(
        AuditAction.ENROLLMENT_PAID,
        actor,
        member.email().map(EmailAddress::value).orElse(null),
        ip,
        method + " " + enrollment.total() + " number " + number);
  }

  private String welcomeBody(
      Enrollment enrollment, Member member, String number, EmailAddress to, Locale lang) {
    boolean ja = !Locale.ENGLISH.getLanguage().equals(lang.getLanguage());
    StringBuilder items = new StringBuilder();
    for (var line : enrollment.lines()) {
      String name = ja || line.nameEn() == null ? line.nameJa() : line.nameEn();
      String quantity =
          switch (line.kind()) {
            case SHARE -> templates.render("welcome.units", lang, line.quantity());
            default -> line.term() == null ? "" : line.term();
          };
      items
          .append(name)
          .append('\t')
          .append(quantity.isEmpty() ? "" : quantity + " ")
          .append(line.amount().formatted())
          .append('\n');
    }
    String signUp =
        publicUrl + "/signup?email=" + URLEncoder.encode(to.value(), StandardCharsets.UTF_8);
    return templates.render(
        "welcome.body",
        lang,
        member.name().full(),
        member.coop().name().in(lang),
        items.toString(),
        enrollment.total().formatted(),
        number,
        signUp);
  }
}
