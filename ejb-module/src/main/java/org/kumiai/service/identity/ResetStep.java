package org.kumiai.service.identity;

import java.time.Instant;
import java.util.Optional;
import org.kumiai.domain.identity.CodeCheck;

/** The answer to a step of the password reset, as the page shows it. */
public record ResetStep(Outcome outcome, Optional<Instant> at, Optional<CodeCheck> check) {

  /** What happened. */
  public enum Outcome {
    /** A code went out if the address has an account; {@code at} is when to ask again. */
    SENT,
    /** The password was changed and every session ended. */
    DONE,
    /** The code was not accepted; {@code check} says why. */
    REJECTED,
    /** This IP address tried too often; {@code at} is when it may try again. */
    LIMITED
  }

  static ResetStep sent(Instant resendAt) {
    return new ResetStep(Outcome.SENT, Optional.of(resendAt), Optional.empty());
  }

  static ResetStep done() {
    return new ResetStep(Outcome.DONE, Optional.empty(), Optional.empty());
  }

  static ResetStep rejected(CodeCheck check) {
    return new ResetStep(Outcome.REJECTED, Optional.empty(), Optional.of(check));
  }

  static ResetStep limited(Instant retryAt) {
    return new ResetStep(Outcome.LIMITED, Optional.of(retryAt), Optional.empty());
  }
}
