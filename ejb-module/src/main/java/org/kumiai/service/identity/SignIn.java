package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.LockoutPolicy;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.audit.AuditTrail;

/**
 * Sign-in: email and password, then a code to the registered phone. Failures of either count
 * against the account (lock-out with growing waits, never permanent) and against the IP address
 * (rate limit); every outcome is audited. Like sign-up, the second step trusts the page to have
 * kept the proof of the first in the visitor's session.
 */
@Stateless
public class SignIn {

  private static final String ANONYMOUS = "anonymous";

  @Inject private AccountRepository accounts;
  // The wallet's login methods decide which phone numbers sign in (REQUIREMENTS §4).
  @Inject private WalletRepository wallets;
  @Inject private PasswordHasher passwords;
  @Inject private SignInRateLimit ipLimit;
  @Inject private UnknownAddressThrottle unknownAddresses;
  @Inject private VerificationCodes codes;
  @Inject private PhoneCodes phoneCodes;
  @Inject private AuditTrail audit;
  @Inject private FactorProof proof;
  @Inject private Clock clock;

  public PasswordCheck checkPassword(String typedEmail, String password, String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      audit.record(AuditAction.SIGN_IN_RATE_LIMITED, ANONYMOUS, null, ip, null);
      return PasswordCheck.waitUntil(PasswordCheck.Outcome.RATE_LIMITED, limited.get());
    }
    Optional<Account> found = account(typedEmail);
    if (found.isEmpty() || found.get().passwordHash().isEmpty()) {
      passwords.verifyNothing(password);
      String typed = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
      Instant now = clock.instant();
      Optional<Instant> locked = unknownAddresses.lockedUntil(typed, now);
      if (locked.isPresent()) {
        audit.record(AuditAction.SIGN_IN_LOCKED, ANONYMOUS, subject(typedEmail), ip, "no account");
        return PasswordCheck.waitUntil(PasswordCheck.Outcome.LOCKED, locked.get());
      }
      audit.record(AuditAction.SIGN_IN_FAILED, ANONYMOUS, subject(typedEmail), ip, "no account");
      return unknownAddresses
          .recordFailure(typed, now)
          .map(w -> PasswordCheck.waitUntil(PasswordCheck.Outcome.LOCKED, w))
          .orElse(PasswordCheck.wrong());
    }
    Account account = found.get();
    String who = account.email().value();
    Instant now = clock.instant();
    Optional<Instant> locked = account.throttle().lockedUntil(now);
    if (locked.isPresent()) {
      audit.record(AuditAction.SIGN_IN_LOCKED, ANONYMOUS, who, ip, "until " + locked.get());
      return PasswordCheck.waitUntil(PasswordCheck.Outcome.LOCKED, locked.get());
    }
    if (!passwords.verify(password, account.passwordHash().get())) {
      Optional<Instant> wait = account.throttle().recordFailure(now, LockoutPolicy.STANDARD);
      audit.record(
          AuditAction.SIGN_IN_FAILED,
          ANONYMOUS,
          who,
          ip,
          "wrong password, " + account.throttle().failures() + " in a row");
      return wait.map(w -> PasswordCheck.waitUntil(PasswordCheck.Outcome.LOCKED, w))
          .orElse(PasswordCheck.wrong());
    }
    audit.record(AuditAction.SIGN_IN_PASSWORD_OK, who, who, ip, null);
    return new PasswordCheck(
        PasswordCheck.Outcome.ACCEPTED,
        Optional.empty(),
        account.nextStep(),
        account.phone().map(PhoneNumber::masked),
        account.factors(),
        account.defaultFactor(),
        account.email().value());
  }

  /**
   * The account signed in to by its email address, or by a phone number that its wallet lists as a
   * login method (REQUIREMENTS §4, the wallet's activation) and that is still the account's phone.
   * A number two accounts could claim signs in to neither.
   */
  private Optional<Account> account(String typed) {
    Optional<EmailAddress> email = parse(typed);
    if (email.isPresent()) {
      return email.flatMap(accounts::findByEmailForUpdate);
    }
    PhoneNumber phone;
    try {
      phone = PhoneNumber.parse(typed);
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
    List<String> holders =
        wallets.membersWithPhoneLogin(phone.value()).stream()
            .map(accounts::findByMember)
            .flatMap(Optional::stream)
            .filter(a -> a.phone().filter(phone::equals).isPresent())
            .map(a -> a.email().value())
            .distinct()
            .toList();
    return holders.size() == 1
        ? accounts.findByEmailForUpdate(EmailAddress.parse(holders.get(0)))
        : Optional.empty();
  }

  /** Sends the second-factor code to the account's verified phone, by SMS or voice. */
  public Instant sendCode(String typedEmail, boolean voice, Locale lang, String ip) {
    Account account = withPhone(typedEmail);
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      throw new ResendTooSoonException(limited.get());
    }
    String phone = account.phone().orElseThrow().value();
    IssuedCode issued = phoneCodes.send(CodePurpose.SIGN_IN, phone, voice, lang);
    audit.record(
        AuditAction.CODE_SENT,
        account.email().value(),
        account.email().value(),
        ip,
        voice ? "sign-in code by voice" : "sign-in code by SMS");
    return issued.resendAt();
  }

  /** The second factor by a code to the phone; a wrong code counts as a failed sign-in. */
  public CodeCheck confirmCode(String typedEmail, String code, String ip) {
    Account account = withPhone(typedEmail);
    if (locked(account, ip)) {
      return CodeCheck.TOO_MANY_ATTEMPTS;
    }
    CodeCheck check = codes.check(CodePurpose.SIGN_IN, account.phone().orElseThrow().value(), code);
    return settle(account, check, "code to phone", ip);
  }

  /** The second factor by the authenticator app; each code signs in once. */
  public CodeCheck confirmTotp(String typedEmail, String code, String ip) {
    Account account = withPhone(typedEmail);
    if (locked(account, ip)) {
      return CodeCheck.TOO_MANY_ATTEMPTS;
    }
    CodeCheck check = proof.acceptTotp(account, code) ? CodeCheck.ACCEPTED : CodeCheck.WRONG;
    return settle(account, check, "authenticator app", ip);
  }

  /** The second factor by one of the ten recovery codes, for a lost phone; each works once. */
  public CodeCheck confirmRecoveryCode(String typedEmail, String code, String ip) {
    Account account = withPhone(typedEmail);
    if (locked(account, ip)) {
      return CodeCheck.TOO_MANY_ATTEMPTS;
    }
    boolean used = proof.useRecoveryCode(account, code);
    if (used) {
      String who = account.email().value();
      audit.record(
          AuditAction.RECOVERY_CODE_USED, who, who, ip, account.unusedRecoveryCodes() + " left");
    }
    return settle(account, used ? CodeCheck.ACCEPTED : CodeCheck.WRONG, "recovery code", ip);
  }

  private boolean locked(Account account, String ip) {
    if (account.throttle().lockedUntil(clock.instant()).isPresent()) {
      audit.record(
          AuditAction.SIGN_IN_LOCKED, ANONYMOUS, account.email().value(), ip, "second factor");
      return true;
    }
    return false;
  }

  private CodeCheck settle(Account account, CodeCheck check, String how, String ip) {
    String who = account.email().value();
    if (check.accepted()) {
      account.throttle().recordSuccess();
      audit.record(AuditAction.SIGN_IN_COMPLETED, who, who, ip, how);
    } else {
      account.throttle().recordFailure(clock.instant(), LockoutPolicy.STANDARD);
      audit.record(AuditAction.CODE_REJECTED, ANONYMOUS, who, ip, how + " " + check.name());
    }
    return check;
  }

  private Account withPhone(String typedEmail) {
    Account account =
        parse(typedEmail)
            .flatMap(accounts::findByEmailForUpdate)
            .orElseThrow(() -> new SignUpStepException(OnboardingStep.EMAIL));
    if (account.phone().isEmpty()) {
      throw new SignUpStepException(account.nextStep());
    }
    return account;
  }

  private static Optional<EmailAddress> parse(String typed) {
    try {
      return Optional.of(EmailAddress.parse(typed));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static String subject(String typed) {
    return parse(typed).map(EmailAddress::value).orElse(null);
  }
}
