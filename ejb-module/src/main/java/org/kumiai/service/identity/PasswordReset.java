package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.PasswordProblem;
import org.kumiai.domain.identity.PasswordRejectedException;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * {@code /password}: a code to the address, then a new password. It answers the same for an address
 * with no account — a code is "issued" and never sent — so the page cannot be used to find out who
 * has an account. A reset ends every session; the second factor is still asked at the next sign-in,
 * so a stolen mailbox alone does not open the account.
 */
@Stateless
public class PasswordReset {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  @Inject private AccountRepository accounts;
  @Inject private VerificationCodes codes;
  @Inject private PasswordHasher passwords;
  @Inject private PasswordRules rules;
  @Inject private SignInRateLimit ipLimit;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "kumiai.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * Mails a code when the address has an account with a password. Returns when a new code may be
   * asked for, or empty with the time to retry when this IP address asked too often.
   */
  public ResetStep ask(String typedEmail, Locale lang, String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      return ResetStep.limited(limited.get());
    }
    EmailAddress email = EmailAddress.parse(typedEmail);
    IssuedCode issued = codes.issue(CodePurpose.PASSWORD_RESET, email.value());
    Optional<Account> account =
        accounts.findByEmail(email).filter(a -> a.passwordHash().isPresent());
    if (account.isPresent()) {
      String until = TIME.format(issued.expiresAt().atZone(CoopTime.ZONE));
      outbox.enqueueMail(
          email.value(),
          templates.render("reset.code.subject", lang, issued.code()),
          templates.render("reset.code.body", lang, issued.code(), until));
      audit.record(AuditAction.PASSWORD_RESET_ASKED, "anonymous", email.value(), ip, null);
    }
    return ResetStep.sent(issued.resendAt());
  }

  /**
   * The code and the new password (typed twice). The password is checked first, so a rejected
   * password does not spend an attempt of the code.
   */
  public ResetStep finish(
      String typedEmail, String code, String password, String repeated, Locale lang, String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      return ResetStep.limited(limited.get());
    }
    EmailAddress email = EmailAddress.parse(typedEmail);
    if (password == null || !password.equals(repeated)) {
      throw new InvalidValueException("passwordRepeat", "MISMATCH");
    }
    List<PasswordProblem> problems = rules.problems(password, email.value());
    if (!problems.isEmpty()) {
      throw new PasswordRejectedException(problems);
    }
    CodeCheck check = codes.check(CodePurpose.PASSWORD_RESET, email.value(), code);
    Optional<Account> found = accounts.findByEmailForUpdate(email);
    if (!check.accepted() || found.isEmpty() || found.get().passwordHash().isEmpty()) {
      audit.record(AuditAction.CODE_REJECTED, "anonymous", email.value(), ip, "reset " + check);
      return ResetStep.rejected(check.accepted() ? CodeCheck.WRONG : check);
    }
    Account account = found.get();
    Instant now = clock.instant();
    account.changePassword(passwords.hash(password));
    account.endAllSessions(now);
    audit.record(AuditAction.PASSWORD_CHANGED, email.value(), email.value(), ip, "reset by code");
    audit.record(
        AuditAction.ALL_SESSIONS_ENDED, email.value(), email.value(), ip, "password reset");
    outbox.enqueueMail(
        email.value(),
        templates.render("reset.done.subject", lang),
        templates.render(
            "reset.done.body",
            lang,
            WHEN.format(now.atZone(CoopTime.ZONE)),
            publicUrl + "/password"));
    return ResetStep.done();
  }
}
