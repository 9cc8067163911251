package org.kumiai.domain.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.shared.Yen;

/** Convenience-store slips and the notices already handled. */
public interface KonbiniRepository {

  void store(KonbiniSlip slip);

  /** The wallet a slip was issued for, read without loading or locking the slip. */
  Optional<Long> walletOf(String number);

  Optional<KonbiniSlip> findByNumberForUpdate(String number);

  List<KonbiniSlip> ofCharge(long walletId, String chargeKey);

  List<KonbiniSlip> ofWallet(long walletId);

  /**
   * What the wallet's slips awaiting payment would credit, besides those of {@code chargeKey} (a
   * reissue voids them; null for none).
   */
  default Yen awaitingPayment(long walletId, String chargeKey) {
    return Yen.of(
        ofWallet(walletId).stream()
            .filter(s -> s.status() == KonbiniSlip.Status.ISSUED)
            .filter(s -> !s.chargeKey().equals(chargeKey))
            .mapToLong(s -> s.amount().value())
            .sum());
  }

  /** Live slips, newest first, for the demo's notice simulator. */
  List<KonbiniSlip> issued(int max);

  List<KonbiniSlip> dueToExpire(Instant now, int max);

  /** Records a notice id; false when it was handled before (a duplicate). */
  boolean firstTime(String noticeId, Instant now);
}
