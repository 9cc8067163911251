package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.CodeRules;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.identity.VerificationCode;
import org.kumiai.domain.identity.VerificationCodeRepository;

/**
 * Issues and checks one-time codes. Both lock the codes of one purpose and destination, so a code
 * raced by two checks is accepted once and a new code always replaces the old.
 */
@Stateless
public class VerificationCodes {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private VerificationCodeRepository codes;
  @Inject private CodeKey key;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "kumiai.identity.code-resend-after", defaultValue = "PT60S")
  String resendAfter;

  /** A new code for the destination; the caller sends it in the same transaction. */
  public IssuedCode issue(CodePurpose purpose, String destination) {
    Instant now = clock.instant();
    List<VerificationCode> live = codes.liveCodes(purpose, destination);
    for (VerificationCode c : live) {
      if (!c.mayResendAt(now)) {
        throw new ResendTooSoonException(c.resendAt());
      }
    }
    live.forEach(VerificationCode::replace);
    String code = VerificationCode.newCode(RANDOM);
    VerificationCode stored =
        new VerificationCode(purpose, destination, code, salt(), key.hasher(), now, rules());
    codes.store(stored);
    return new IssuedCode(code, stored.expiresAt(), stored.resendAt());
  }

  /** Checks a typed code against the newest one sent for this purpose and destination. */
  public CodeCheck check(CodePurpose purpose, String destination, String typed) {
    return codes
        .latest(purpose, destination)
        .map(c -> c.check(typed, clock.instant(), key.hasher()))
        .orElse(CodeCheck.NONE_SENT);
  }

  private CodeRules rules() {
    CodeRules standard = CodeRules.STANDARD;
    return new CodeRules(standard.validFor(), standard.attempts(), Duration.parse(resendAfter));
  }

  private static String salt() {
    byte[] salt = new byte[12];
    RANDOM.nextBytes(salt);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
  }
}
