package org.kumiai.service.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.kumiai.domain.identity.SecondFactor;

/** What the account page shows of the second factors. */
public record FactorsView(
    Set<SecondFactor> factors,
    SecondFactor defaultFactor,
    String maskedPhone,
    Instant totpEnrolledAt,
    int unusedRecoveryCodes)
    implements Serializable {

  public boolean hasTotp() {
    return factors.contains(SecondFactor.TOTP);
  }
}
