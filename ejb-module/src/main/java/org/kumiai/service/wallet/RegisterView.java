package org.kumiai.service.wallet;

import java.io.Serializable;
import java.time.Instant;
import org.kumiai.domain.wallet.Register;

/** A register as the API and the staff page know it; the key hash never leaves the service. */
public record RegisterView(
    long id,
    String storeCode,
    String registerCode,
    String keyPrefix,
    Instant issuedAt,
    Instant revokedAt,
    String keyHash)
    implements Serializable {

  static RegisterView of(Register r) {
    return new RegisterView(
        r.id(),
        r.storeCode(),
        r.registerCode(),
        r.keyPrefix(),
        r.issuedAt(),
        r.revokedAt().orElse(null),
        r.keyHash());
  }

  public boolean live() {
    return revokedAt == null;
  }
}
