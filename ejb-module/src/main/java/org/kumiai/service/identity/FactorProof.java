package org.kumiai.service.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.RecoveryCode;
import org.kumiai.domain.identity.Totp;

/**
 * Checks the factors that live on the account itself — the authenticator app and the recovery codes
 * — for sign-in and for the account page alike. Runs in the caller's transaction, on an account the
 * caller locked.
 */
@Dependent
class FactorProof {

  /** One step either side of now: 30 s of clock drift on the phone, as RFC 6238 §5.2 suggests. */
  static final int DRIFT_STEPS = 1;

  @Inject private CodeKey keys;
  @Inject private Clock clock;

  /** Whether an app code is right and not used before; records its step if so. */
  boolean acceptTotp(Account account, String code) {
    if (account.sealedTotpSecret().isEmpty()) {
      return false;
    }
    byte[] secret = keys.sealer().open(account.sealedTotpSecret().get(), boundTo(account));
    OptionalLong step =
        Totp.standard(secret).matchingStep(digits(code), clock.instant(), DRIFT_STEPS);
    return step.isPresent() && account.acceptTotpStep(step.getAsLong());
  }

  /** The step of the first code from a new app key, if it is right. */
  OptionalLong firstTotpStep(byte[] secret, String code) {
    return Totp.standard(secret).matchingStep(digits(code), clock.instant(), DRIFT_STEPS);
  }

  String sealTotp(Account account, byte[] secret) {
    return keys.sealer().seal(secret, boundTo(account));
  }

  /** Whether a typed recovery code is one of the account's unused ones; uses it if so. */
  boolean useRecoveryCode(Account account, String typed) {
    return account.useRecoveryCode(recoveryHash(account, typed), clock.instant());
  }

  String recoveryHash(Account account, String code) {
    byte[] hash = keys.hasher().hash("recovery:" + account.id(), RecoveryCode.normalise(code));
    return Base64.getEncoder().encodeToString(hash);
  }

  /** Full-width digits and spaces, as a phone keyboard may give them, count as typed. */
  static String digits(String typed) {
    return typed == null
        ? ""
        : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  private static String boundTo(Account account) {
    return "totp:" + account.id();
  }
}
