package org.kumiai.service.membership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.IssuedCode;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.identity.VerificationCodes;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * {@code /email-change} (seed 002 §2): number and date of birth, then a passcode to the registered
 * address, then the new address and a passcode to it. A member with no registered address skips the
 * first passcode. An unknown number and a wrong date of birth answer alike, and every lookup and
 * code counts against the IP address, so the page cannot be used to find out who is a member. The
 * account's sign-in address follows the new one.
 *
 * <p>Like the sign-up, later steps trust the page to have kept the proof of the earlier ones in the
 * visitor's server-side view state.
 */
@Stateless
public class EmailChanges {

  private static final String SELF = "member (email-change form)";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  @Inject private MemberRepository members;
  @Inject private MemberFinder finder;
  @Inject private RegisteredEmail registered;
  @Inject private VerificationCodes codes;
  @Inject private SignInRateLimit ipLimit;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public MemberLookup find(String typedNumber, String typedBirth, String ip) {
    return finder.find(typedNumber, typedBirth, "anonymous", ip);
  }

  /** A passcode to the registered address, proving the member still reads it. */
  public Instant sendCurrentCode(long memberId, Locale lang, String ip) {
    limit(ip);
    Member member = member(memberId);
    EmailAddress current = member.email().orElseThrow(() -> new IllegalStateException("none"));
    IssuedCode issued = codes.issue(CodePurpose.EMAIL_OLD, current.value());
    mailCode(current, issued, "emailchange.current", lang);
    return issued.resendAt();
  }

  public CodeCheck confirmCurrent(long memberId, String code, String ip) {
    limit(ip);
    Member member = member(memberId);
    String current = member.email().orElseThrow().value();
    CodeCheck check = codes.check(CodePurpose.EMAIL_OLD, current, code);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, SELF, current, ip, "email change " + check);
    }
    return check;
  }

  /**
   * The new address, typed twice; a passcode goes to it. An address another account signs in with
   * gets a note saying so instead of the passcode, and the page answers as for any other: the form
   * cannot be used to learn which addresses have accounts.
   */
  public Instant sendNewCode(
      long memberId, String typedEmail, String repeated, Locale lang, String ip) {
    limit(ip);
    Member member = member(memberId);
    EmailAddress next = typedTwice(typedEmail, repeated);
    registered.checkNotSame(member, next, "newEmail");
    IssuedCode issued = codes.issue(CodePurpose.EMAIL_NEW, next.value());
    if (registered.takenByAnother(member, next)) {
      outbox.enqueueMail(
          next.value(),
          templates.render("emailchange.taken.subject", lang),
          templates.render("emailchange.taken.body", lang));
    } else {
      mailCode(next, issued, "emailchange.new", lang);
    }
    return issued.resendAt();
  }

  /**
   * The passcode from the new address: the registered address changes, the account's sign-in
   * address with it, the history and the audit trail record it, and both addresses are told.
   */
  public CodeCheck confirmNew(
      long memberId, String typedEmail, String code, Locale lang, String ip) {
    limit(ip);
    Member member = members.findForUpdate(memberId).orElseThrow();
    EmailAddress next = typedTwice(typedEmail, typedEmail);
    CodeCheck check = codes.check(CodePurpose.EMAIL_NEW, next.value(), code);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, SELF, next.value(), ip, "email change " + check);
      return check;
    }
    registered.checkAvailable(member, next, "newEmail");
    Instant now = clock.instant();
    Optional<EmailAddress> old = registered.change(member, next, SELF, null, now);
    audit.record(
        AuditAction.EMAIL_CHANGED,
        SELF,
        next.value(),
        ip,
        "member "
            + member.number().map(MembershipNumber::value).orElse("?")
            + ", was "
            + old.map(EmailAddress::masked).orElse("none"));
    String when = WHEN.format(now.atZone(CoopTime.ZONE));
    List<EmailAddress> told = old.map(o -> List.of(o, next)).orElse(List.of(next));
    for (EmailAddress to : told) {
      outbox.enqueueMail(
          to.value(),
          templates.render("emailchange.done.subject", lang),
          templates.render("emailchange.done.body", lang, next.masked(), when));
    }
    return check;
  }

  private static EmailAddress typedTwice(String typed, String repeated) {
    EmailAddress next = EmailAddress.parse(typed);
    if (repeated == null || !next.equals(parseOrNull(repeated))) {
      throw new InvalidValueException("newEmailRepeat", "MISMATCH");
    }
    return next;
  }

  private static EmailAddress parseOrNull(String typed) {
    try {
      return EmailAddress.parse(typed);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private void mailCode(EmailAddress to, IssuedCode issued, String template, Locale lang) {
    String until = TIME.format(issued.expiresAt().atZone(CoopTime.ZONE));
    outbox.enqueueMail(
        to.value(),
        templates.render(template + ".subject", lang, issued.code()),
        templates.render(template + ".body", lang, issued.code(), until));
  }

  private void limit(String ip) {
    Optional<Instant> until = ipLimit.tryAttempt(ip);
    if (until.isPresent()) {
      throw new ResendTooSoonException(until.get());
    }
  }

  private Member member(long id) {
    return members.findForUpdate(id).orElseThrow();
  }
}
