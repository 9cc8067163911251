package org.kumiai.service.wallet;

import java.io.Serializable;
import java.time.Instant;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.KonbiniChain;
import org.kumiai.domain.wallet.KonbiniSlip;
import org.kumiai.domain.wallet.Purse;

/** A convenience-store slip as the member and the demo simulator see it. */
public record SlipView(
    String number,
    KonbiniChain chain,
    Purse purse,
    Yen amount,
    KonbiniSlip.Status status,
    Instant issuedAt,
    Instant expiresAt,
    boolean preliminary)
    implements Serializable {

  /**
   * Where the member's payment stands: the slip's status, or PRELIMINARY while the till has taken
   * the money and the confirmation is to come (an expired slip included: the money was paid).
   */
  public String stage() {
    return preliminary ? "PRELIMINARY" : status.name();
  }

  static SlipView of(KonbiniSlip s) {
    return new SlipView(
        s.number(),
        s.chain(),
        s.purse(),
        s.amount(),
        s.status(),
        s.issuedAt(),
        s.expiresAt(),
        s.preliminaryAt().isPresent());
  }
}
