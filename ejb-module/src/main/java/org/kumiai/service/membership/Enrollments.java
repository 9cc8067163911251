package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
import org.kumiai.domain.membership.CardAnswerPendingException;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.EnrollmentClosedException;
import org.kumiai.domain.membership.EnrollmentLine;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.PaymentMethod;
import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.identity.StaffScope;
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
  private static final String SYSTEM = "system";

  @Inject private CoopRepository coops;
  @Inject private MemberRepository members;
  @Inject private Applicants applicants;
  @Inject private EnrollmentPayment payment;
  @Inject private AccountRepository accounts;
  @Inject private EnrollmentRepository enrollments;
  @Inject private CardGateway cards;
  @Inject private StaffScope staffScope;
  @Inject private SignInRateLimit ipLimit;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "kumiai.membership.pay-within", defaultValue = "P3D")
  String payWithin;

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
    return record(coops.getCoop(form.coopCode()), form, null, ip);
  }

  /**
   * An application typed in at the counter of one of the caller's co-ops, recorded with who entered
   * it; paid next, by card or {@linkplain #payAtCounter at the counter}.
   */
  @RolesAllowed("STAFF")
  public EnrollmentView enterAtCounter(ApplicationForm form, String ip) {
    staffScope.coop(form.coopCode());
    return record(coops.getCoop(form.coopCode()), form, context.getCallerPrincipal().getName(), ip);
  }

  private EnrollmentView record(Coop coop, ApplicationForm form, String staff, String ip) {
    Instant now = clock.instant();
    Member member = applicants.newMember(coop, form, now);
    members.store(member);
    Enrollment enrollment =
        new Enrollment(
            member.id(),
            enrollments.catalogue(coop),
            form.items(),
            now,
            Duration.parse(payWithin),
            staff);
    enrollments.store(enrollment);
    audit.record(
        AuditAction.ENROLLMENT_APPLIED,
        staff == null ? APPLICANT : staff,
        member.email().map(EmailAddress::value).orElse(null),
        ip,
        coop.code() + " " + enrollment.total());
    return EnrollmentView.of(enrollment, member);
  }

  /**
   * Checks the applicant's own data, naming every bad field, and that the person is not already a
   * member or applicant of the co-op; writes nothing.
   */
  public void checkApplicant(ApplicationForm form) {
    applicants.newMember(coops.getCoop(form.coopCode()), form, clock.instant());
  }

  /** The items' lines and total as they would be applied for; writes nothing. */
  public EnrollmentView quote(ApplicationForm form) {
    Coop coop = coops.getCoop(form.coopCode());
    Enrollment quoted =
        new Enrollment(
            0, enrollments.catalogue(coop), form.items(), clock.instant(), Duration.ZERO, null);
    return EnrollmentView.quote(quoted, coop);
  }

  public EnrollmentView view(long id) {
    Enrollment e = enrollments.find(id).orElseThrow();
    return EnrollmentView.of(e, members.find(e.memberId()).orElseThrow());
  }

  /**
   * Charges the application's total to the card. The gateway is asked with the application's own
   * key, so paying again after a timeout or a double click is the same charge, never a second one.
   * At the counter (staff signed in) the applicant's card is recorded as taken by that staff
   * member, and the public form's per-address limit does not apply: in admission season one counter
   * takes more cards in five minutes than the limit allows one visitor.
   */
  public PaymentOutcome payByCard(
      long id, String number, String expiry, String code, String birthday, Locale lang, String ip) {
    boolean atCounter = context.isCallerInRole("STAFF");
    if (!atCounter) {
      Optional<Instant> limited = ipLimit.tryAttempt(ip);
      if (limited.isPresent()) {
        throw new ResendTooSoonException(limited.get());
      }
    }
    String actor = atCounter ? context.getCallerPrincipal().getName() : APPLICANT;
    CardDetails card =
        CardDetails.parse(
            number, expiry, code, birthday, YearMonth.now(clock.withZone(CoopTime.ZONE)));
    Enrollment enrollment = enrollments.findForUpdate(id).orElseThrow();
    if (enrollment.status() != EnrollmentStatus.AWAITING_PAYMENT) {
      throw new EnrollmentClosedException(enrollment.status());
    }
    if (enrollment.expireIfDue(clock.instant())) {
      // Past its time before the expiry timer came by: closed before the card is charged, not
      // after, when the money would already be gone.
      throw new EnrollmentClosedException(EnrollmentStatus.EXPIRED);
    }
    Member member = members.findForUpdate(enrollment.memberId()).orElseThrow();
    if (enrollment.awaitingCardAnswer().isPresent()
        && !clock.instant().isBefore(enrollment.expiresAt())) {
      // Past its time: no new charge, only the answer about the one sent in time (a charge that
      // never reached the acquirer would otherwise be made now, after the deadline).
      try {
        if (askAcquirer(enrollment, member, lang, actor, ip)) {
          return new PaymentOutcome(
              PaymentOutcome.Result.PAID, null, EnrollmentView.of(enrollment, member));
        }
      } catch (CardAnswerPendingException e) {
        return new PaymentOutcome(
            PaymentOutcome.Result.TIMEOUT, null, EnrollmentView.of(enrollment, member));
      }
      throw new EnrollmentClosedException(EnrollmentStatus.EXPIRED);
    }
    String who = member.email().map(EmailAddress::value).orElse(null);
    CardResult result = cards.charge(enrollment.paymentKey(), enrollment.total(), card);
    switch (result.outcome()) {
      case APPROVED -> {
        payment.complete(
            enrollment, member, PaymentMethod.CARD, result.authorization(), lang, actor, ip);
        return new PaymentOutcome(
            PaymentOutcome.Result.PAID, null, EnrollmentView.of(enrollment, member));
      }
      case DECLINED -> {
        enrollment.declined();
        audit.record(
            AuditAction.CARD_DECLINED, actor, who, ip, card + " " + result.declineReason());
        return new PaymentOutcome(
            PaymentOutcome.Result.DECLINED,
            result.declineReason(),
            EnrollmentView.of(enrollment, member));
      }
      default -> {
        enrollment.cardUnanswered(clock.instant(), lang);
        audit.record(AuditAction.CARD_DECLINED, actor, who, ip, card + " no answer");
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

  /**
   * Paid in cash at the counter of one of the caller's co-ops. When a card charge of the
   * application went unanswered, the acquirer is asked first: a charge it made pays the application
   * by card (the view says so, and no cash is to be taken); while it cannot tell, no cash is taken
   * either ({@link CardAnswerPendingException}).
   */
  @RolesAllowed("STAFF")
  public EnrollmentView payAtCounter(long id, Locale lang, String ip) {
    Enrollment enrollment = enrollments.findForUpdate(id).orElseThrow();
    Member member = members.findForUpdate(enrollment.memberId()).orElseThrow();
    staffScope.coop(member.coop().code());
    String staff = context.getCallerPrincipal().getName();
    if (enrollment.awaitingCardAnswer().isPresent()
        && enrollment.status() == EnrollmentStatus.AWAITING_PAYMENT
        && askAcquirer(
            enrollment, member, enrollment.awaitingCardAnswer().orElse(lang), staff, ip)) {
      return EnrollmentView.of(enrollment, member);
    }
    payment.complete(
        enrollment, member, PaymentMethod.COUNTER, "counter: " + staff, lang, staff, ip);
    return EnrollmentView.of(enrollment, member);
  }

  /**
   * Applications whose card charge went unanswered, for the timer (a pass settles at most {@code
   * max}; the rest wait for the next).
   */
  public List<Long> awaitingCardAnswer(int max) {
    return enrollments.awaitingCardAnswer(max);
  }

  /**
   * Asks the acquirer what became of an application's unanswered card charge, in a transaction of
   * its own: made — the application is paid (the number, the welcome mail in the language of the
   * applicant's page), even past its time, since the money was taken while it was open; not made —
   * the next try is a new charge, and the application expires when its time has come; still no
   * answer — asked again at the next pass. Returns whether it was settled.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean settleCardPayment(long id) {
    Enrollment enrollment = enrollments.findForUpdate(id).orElseThrow();
    Optional<Locale> lang = enrollment.awaitingCardAnswer();
    if (lang.isEmpty() || enrollment.status() != EnrollmentStatus.AWAITING_PAYMENT) {
      return false;
    }
    Member member = members.findForUpdate(enrollment.memberId()).orElseThrow();
    try {
      return askAcquirer(enrollment, member, lang.get(), SYSTEM, null);
    } catch (CardAnswerPendingException e) {
      return false;
    }
  }

  /**
   * True when the acquirer made the unanswered charge and the application is now paid by card;
   * false when it did not (the application can be paid another way).
   */
  private boolean askAcquirer(
      Enrollment enrollment, Member member, Locale lang, String actor, String ip) {
    CardResult result = cards.inquire(enrollment.paymentKey());
    String who = member.email().map(EmailAddress::value).orElse(null);
    switch (result.outcome()) {
      case APPROVED -> {
        payment.complete(
            enrollment, member, PaymentMethod.CARD, result.authorization(), lang, actor, ip);
        return true;
      }
      case DECLINED -> {
        enrollment.declined();
        audit.record(
            AuditAction.CARD_DECLINED,
            actor,
            who,
            ip,
            "unanswered charge not made: " + result.declineReason());
        return false;
      }
      default -> throw new CardAnswerPendingException();
    }
  }

  /** Expires what is due; returns how many. Called by the timer. */
  public int expireDue() {
    Instant now = clock.instant();
    int expired = 0;
    for (Enrollment e : enrollments.dueToExpire(now, 200)) {
      if (e.expireIfDue(now)) {
        audit.record(AuditAction.ENROLLMENT_EXPIRED, SYSTEM, "enrollment " + e.id(), null, null);
        expired++;
      }
    }
    return expired;
  }
}
