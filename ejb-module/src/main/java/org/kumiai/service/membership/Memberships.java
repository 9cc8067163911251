package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.IssuedCode;
import org.kumiai.service.identity.VerificationCodes;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * Several co-ops, one sign-in (REQUIREMENTS §2): the signed-in person's memberships, and adding
 * another by its number, date of birth and a code sent to that membership's registered address —
 * the proof that replaces the seeds' "integration request" form handled by federation IT.
 */
@Stateless
@RolesAllowed("MEMBER")
public class Memberships {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private AccountRepository accounts;
  @Inject private MemberRepository members;
  @Inject private MemberFinder finder;
  @Inject private VerificationCodes codes;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Resource private SessionContext context;

  public List<MembershipView> mine() {
    return me().memberIds().stream()
        .map(id -> members.find(id).orElseThrow())
        .map(
            m ->
                new MembershipView(
                    m.id(),
                    m.coop().code(),
                    m.coop().name(),
                    m.number().map(MembershipNumber::formatted).orElse(null),
                    m.status()))
        .sorted(Comparator.comparing(MembershipView::coopCode))
        .toList();
  }

  public MemberLookup find(String typedNumber, String typedBirth, String ip) {
    return finder.find(typedNumber, typedBirth, caller(), ip);
  }

  /** A code to the membership's registered address; none registered cannot be proven here. */
  public Instant sendCode(long memberId, Locale lang) {
    Member member = members.find(memberId).orElseThrow();
    checkFree(memberId);
    EmailAddress to =
        member.email().orElseThrow(() -> new InvalidValueException("membershipNumber", "NO_EMAIL"));
    IssuedCode issued = codes.issue(CodePurpose.MEMBERSHIP_LINK, to.value());
    outbox.enqueueMail(
        to.value(),
        templates.render("membership.link.subject", lang, issued.code()),
        templates.render(
            "membership.link.body",
            lang,
            issued.code(),
            TIME.format(issued.expiresAt().atZone(CoopTime.ZONE)),
            member.coop().name().in(lang)));
    return issued.resendAt();
  }

  /** The code from that address: the membership joins this sign-in. */
  public CodeCheck confirm(long memberId, String code, String ip) {
    Member member = members.find(memberId).orElseThrow();
    checkFree(memberId);
    String to = member.email().orElseThrow().value();
    CodeCheck check = codes.check(CodePurpose.MEMBERSHIP_LINK, to, code);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, caller(), to, ip, "adding a membership " + check);
      return check;
    }
    Account account = accounts.findByEmailForUpdate(EmailAddress.parse(caller())).orElseThrow();
    account.linkMembership(member.id());
    audit.record(
        AuditAction.MEMBERSHIP_ADDED,
        caller(),
        caller(),
        ip,
        member.coop().code() + " " + member.number().map(MembershipNumber::value).orElse("?"));
    return check;
  }

  /**
   * A membership is held by one sign-in: another's (a parent who got the code from the student's
   * mailbox) would pay with the student's e-money and could not be seen or undone by the student.
   */
  private void checkFree(long memberId) {
    Account me = me();
    if (me.memberIds().contains(memberId)) {
      throw new InvalidValueException("membershipNumber", "ALREADY_LINKED");
    }
    if (accounts.findByMember(memberId).filter(a -> !a.id().equals(me.id())).isPresent()) {
      throw new InvalidValueException("membershipNumber", "HELD_ELSEWHERE");
    }
  }

  private Account me() {
    return accounts.findByEmail(EmailAddress.parse(caller())).orElseThrow();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
