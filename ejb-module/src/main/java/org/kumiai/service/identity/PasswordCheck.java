package org.kumiai.service.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.SecondFactor;

/**
 * The answer to email (or a wallet's phone login) + password. WRONG never says whether the address
 * has an account; LOCKED and RATE_LIMITED say when to try again. ACCEPTED names the account's email
 * address, by which the next steps find it whatever was typed.
 */
public record PasswordCheck(
    Outcome outcome,
    Optional<Instant> retryAt,
    OnboardingStep next,
    Optional<String> maskedPhone,
    Set<SecondFactor> factors,
    SecondFactor defaultFactor,
    String email) {

  /** The four answers a sign-in page shows. */
  public enum Outcome {
    ACCEPTED,
    WRONG,
    LOCKED,
    RATE_LIMITED
  }

  static PasswordCheck wrong() {
    return new PasswordCheck(
        Outcome.WRONG, Optional.empty(), null, Optional.empty(), Set.of(), null, null);
  }

  static PasswordCheck waitUntil(Outcome outcome, Instant until) {
    return new PasswordCheck(
        outcome, Optional.of(until), null, Optional.empty(), Set.of(), null, null);
  }
}
