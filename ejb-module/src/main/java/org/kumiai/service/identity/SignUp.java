package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.PasswordProblem;
import org.kumiai.domain.identity.PasswordRejectedException;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * The portal sign-up, one step per method in the order of {@link OnboardingStep}: email code,
 * password and name, phone code by SMS or voice. Every step checks the account's next step, so a
 * step typed out of order is refused and an interrupted sign-up resumes where it stopped.
 *
 * <p>Steps after the email take the address the caller proved: the page keeps that proof in the
 * visitor's session (or the visitor signs in with the password once it exists).
 */
@Stateless
public class SignUp {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private VerificationCodes codes;
  @Inject private PhoneCodes phoneCodes;
  @Inject private AccountRepository accounts;
  @Inject private MemberRepository members;
  @Inject private PasswordHasher passwords;
  @Inject private PasswordRules rules;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private Clock clock;
  @Inject private PortalLinks links;
  @Inject private AuditTrail audit;
  @Inject private SignInRateLimit ipLimit;

  /**
   * Mails a code to prove the address. An address that already has a finished account gets a note
   * to sign in instead, so the page says the same thing either way and nobody can find out here
   * which addresses have accounts. Returns when a new code may be asked for.
   */
  public Instant startWithEmail(String typedEmail, Locale language, String ip) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    limit(ip);
    Optional<Account> existing = accounts.findByEmail(email);
    IssuedCode issued = codes.issue(CodePurpose.SIGN_UP_EMAIL, email.value());
    if (existing.isPresent() && existing.get().nextStep().compareTo(OnboardingStep.PROFILE) >= 0) {
      outbox.enqueueMail(
          email.value(),
          templates.render("signup.existing.subject", language),
          templates.render("signup.existing.body", language, links.signIn()));
    } else {
      String until = TIME.format(issued.expiresAt().atZone(CoopTime.ZONE));
      outbox.enqueueMail(
          email.value(),
          templates.render("signup.code.subject", language, issued.code()),
          templates.render(
              "signup.code.body", language, issued.code(), until, links.signUp(email)));
    }
    return issued.resendAt();
  }

  /** The code from the mail: creates the account and links every membership with the address. */
  public Confirmation confirmEmail(String typedEmail, String code) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    CodeCheck check = codes.check(CodePurpose.SIGN_UP_EMAIL, email.value(), code);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, email.value(), email.value(), null, "email " + check);
      return Confirmation.rejected(check);
    }
    Account account =
        accounts
            .findByEmailForUpdate(email)
            .orElseGet(
                () -> {
                  Account created = new Account(email, clock.instant());
                  accounts.store(created);
                  audit.record(
                      AuditAction.ACCOUNT_CREATED, email.value(), email.value(), null, null);
                  return created;
                });
    for (Member m : members.findByEmail(email)) {
      // A membership another account holds stays with it: an address alone does not move it.
      if (accounts
          .findByMember(m.id())
          .filter(other -> !other.email().equals(account.email()))
          .isEmpty()) {
        account.linkMembership(m.id());
      }
    }
    return Confirmation.accepted(progress(account, email));
  }

  /** Password (typed twice) and name; the password must pass the policy. */
  public SignUpProgress choosePassword(
      String typedEmail, String password, String repeated, String family, String given) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    Account account = accountAt(email, OnboardingStep.PASSWORD);
    if (password == null || !password.equals(repeated)) {
      throw new InvalidValueException("passwordRepeat", "MISMATCH");
    }
    List<PasswordProblem> problems = rules.problems(password, email.value());
    if (!problems.isEmpty()) {
      throw new PasswordRejectedException(problems);
    }
    account.choosePassword(passwords.hash(password), family, given);
    audit.record(AuditAction.PASSWORD_CHOSEN, email.value(), email.value(), null, null);
    return progress(account, email);
  }

  /** Sends a code to the phone by SMS, or with {@code voice} by a call that reads it out. */
  public Instant sendPhoneCode(
      String typedEmail, String typedPhone, boolean voice, Locale lang, String ip) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    accountAt(email, OnboardingStep.PHONE);
    limit(ip);
    PhoneNumber phone = PhoneNumber.parse(typedPhone);
    return phoneCodes.send(CodePurpose.PHONE, phone.value(), voice, lang).resendAt();
  }

  /** The code from the text or call: the phone becomes the account's second factor. */
  public Confirmation confirmPhone(String typedEmail, String typedPhone, String code) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    Account account = accountAt(email, OnboardingStep.PHONE);
    PhoneNumber phone = PhoneNumber.parse(typedPhone);
    CodeCheck check = codes.check(CodePurpose.PHONE, phone.value(), code);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, email.value(), email.value(), null, "phone " + check);
      return Confirmation.rejected(check);
    }
    account.verifyPhone(phone, clock.instant());
    audit.record(AuditAction.PHONE_VERIFIED, email.value(), email.value(), null, phone.masked());
    return Confirmation.accepted(progress(account, email));
  }

  /** Where this address's sign-up stands; EMAIL when no account exists yet. */
  public SignUpProgress progress(String typedEmail) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    return accounts
        .findByEmail(email)
        .map(a -> progress(a, email))
        .orElse(new SignUpProgress(OnboardingStep.EMAIL, true, List.of()));
  }

  /**
   * Each code sent costs money (SMS, calls) and fills someone's inbox, so one address may not ask
   * for codes without end; the page shows the same "ask again at" as the resend cool-down.
   */
  private void limit(String ip) {
    Optional<Instant> until = ipLimit.tryAttempt(ip);
    if (until.isPresent()) {
      throw new ResendTooSoonException(until.get());
    }
  }

  private Account accountAt(EmailAddress email, OnboardingStep step) {
    Account account =
        accounts
            .findByEmailForUpdate(email)
            .orElseThrow(() -> new SignUpStepException(OnboardingStep.EMAIL));
    if (account.nextStep() != step) {
      throw new SignUpStepException(account.nextStep());
    }
    return account;
  }

  private SignUpProgress progress(Account account, EmailAddress email) {
    List<String> coops =
        members.findByEmail(email).stream()
            .filter(m -> account.memberIds().contains(m.id()))
            .map(m -> m.coop().code())
            .sorted()
            .toList();
    return new SignUpProgress(account.nextStep(), account.isProspective(), coops);
  }
}
