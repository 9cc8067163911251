package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Base32;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.RecoveryCode;
import org.kumiai.domain.identity.SecondFactor;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.identity.Totp;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.audit.AuditTrail;

/**
 * A signed-in account's second factors: the phone from the sign-up, an authenticator app, and the
 * ten recovery codes. Removing the app, and making new recovery codes, need proof by another factor
 * — a code to the phone or a recovery code — so a session left open on a shared PC can neither
 * strip the account's protection nor take away a second factor of its own that outlives the
 * session.
 */
@Stateless
public class SecondFactors {

  static final String ISSUER = "Kumiai";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private AccountRepository accounts;
  @Inject private FactorProof proof;
  @Inject private VerificationCodes codes;
  @Inject private PhoneCodes phoneCodes;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public FactorsView view(String email) {
    Account a = account(email);
    return new FactorsView(
        a.factors(),
        a.defaultFactor(),
        a.phone().map(PhoneNumber::masked).orElse(null),
        a.totpEnrolledAt().orElse(null),
        a.unusedRecoveryCodes());
  }

  public TotpEnrolment startTotp(String email) {
    Account account = account(email);
    byte[] secret = Totp.newSecret(RANDOM);
    Totp totp = Totp.standard(secret);
    return new TotpEnrolment(
        Base32.encode(secret), totp.otpauthUri(ISSUER, account.email().value()));
  }

  /**
   * The app's first code proves it holds the key; the key is then sealed and stored. Returns the
   * new recovery codes when the account had none (shown once), an empty list otherwise, or null
   * when the code was wrong.
   */
  public List<String> confirmTotp(String email, TotpEnrolment enrolment, String code, String ip) {
    Account account = account(email);
    if (account.totpEnrolledAt().isPresent()) {
      // The same form sent twice (a double click, a second tab): the first set the app up.
      return List.of();
    }
    byte[] secret = Base32.decode(enrolment.secret());
    OptionalLong step = proof.firstTotpStep(secret, code);
    String who = account.email().value();
    if (step.isEmpty()) {
      audit.record(AuditAction.CODE_REJECTED, who, who, ip, "authenticator enrolment");
      return null;
    }
    account.enrolTotp(proof.sealTotp(account, secret), step.getAsLong(), now());
    audit.record(AuditAction.FACTOR_ADDED, who, who, ip, "authenticator app");
    return account.unusedRecoveryCodes() == 0 ? replaceRecoveryCodes(account, ip) : List.of();
  }

  /**
   * Ten new recovery codes once {@code proof} — a phone code or an unused recovery code — shows the
   * caller holds another factor; the old ones, used or not, stop working.
   */
  public RecoveryCodesMade newRecoveryCodes(String email, String typedProof, String ip) {
    Account account = account(email);
    CodeCheck check = proveOtherFactor(account, typedProof);
    if (!check.accepted()) {
      String who = account.email().value();
      audit.record(AuditAction.CODE_REJECTED, who, who, ip, "proof before new recovery codes");
      return new RecoveryCodesMade(check, List.of());
    }
    return new RecoveryCodesMade(check, replaceRecoveryCodes(account, ip));
  }

  public void chooseDefault(String email, SecondFactor factor, String ip) {
    Account account = account(email);
    account.chooseDefaultFactor(factor);
    String who = account.email().value();
    audit.record(AuditAction.DEFAULT_FACTOR_CHOSEN, who, who, ip, factor.name());
  }

  /** A code to the phone, as proof before removing the app or making new recovery codes. */
  public Instant sendProofCode(String email, boolean voice, Locale lang, String ip) {
    Account account = account(email);
    String phone =
        account.phone().orElseThrow(() -> new SignUpStepException(OnboardingStep.PHONE)).value();
    IssuedCode issued = phoneCodes.send(CodePurpose.SIGN_IN, phone, voice, lang);
    String who = account.email().value();
    audit.record(AuditAction.CODE_SENT, who, who, ip, "proof of another factor");
    return issued.resendAt();
  }

  /**
   * Removes the authenticator app once {@code proof} — a phone code or an unused recovery code —
   * shows the caller holds another factor.
   */
  public CodeCheck removeTotp(String email, String typedProof, String ip) {
    Account account = account(email);
    String who = account.email().value();
    CodeCheck check = proveOtherFactor(account, typedProof);
    if (!check.accepted()) {
      audit.record(AuditAction.CODE_REJECTED, who, who, ip, "proof before removing a factor");
      return check;
    }
    account.removeTotp();
    audit.record(AuditAction.FACTOR_REMOVED, who, who, ip, "authenticator app");
    return check;
  }

  private CodeCheck proveOtherFactor(Account account, String typed) {
    String digits = FactorProof.digits(typed);
    if (digits.matches("\\d{6}")) {
      return codes.check(CodePurpose.SIGN_IN, account.phone().orElseThrow().value(), digits);
    }
    return proof.useRecoveryCode(account, typed) ? CodeCheck.ACCEPTED : CodeCheck.WRONG;
  }

  private List<String> replaceRecoveryCodes(Account account, String ip) {
    List<String> plain = RecoveryCode.generate(RANDOM);
    account.replaceRecoveryCodes(plain.stream().map(c -> proof.recoveryHash(account, c)).toList());
    String who = account.email().value();
    audit.record(AuditAction.RECOVERY_CODES_MADE, who, who, ip, null);
    return plain;
  }

  private Instant now() {
    return clock.instant();
  }

  private Account account(String email) {
    return accounts
        .findByEmailForUpdate(EmailAddress.parse(email))
        .orElseThrow(() -> new SignUpStepException(OnboardingStep.EMAIL));
  }
}
