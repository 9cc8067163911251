package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PaymentMethod;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.PortalLinks;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * What paying an enrollment does, however it was paid (card, counter, import): the number is
 * issued, an account with the registered address holds the membership, the welcome mail of seed 002
 * §1 goes out, and the audit trail says who took the money.
 */
@ApplicationScoped
class EnrollmentPayment {

  @Inject private MemberRepository members;
  @Inject private AccountRepository accounts;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private PortalLinks links;

  void complete(
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
    String signUp = links.signUp(to);
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
