package org.kumiai.service.payment;

import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.Yen;

/**
 * The card acquirer. An implementation sends the card to the acquirer and nowhere else; the {@code
 * key} makes a retried charge (after a timeout, a double click) the same charge, as real acquirers'
 * idempotency keys do. The same key with another amount is declined with reason KEY_REUSED, never
 * approved: an approval under a key is for the amount the key was first sent with.
 */
public interface CardGateway {

  /** The decline reason for a key sent again with another amount. */
  String KEY_REUSED = "KEY_REUSED";

  CardResult charge(String key, Yen amount, CardDetails card);

  /**
   * What became of a charge sent under {@code key} whose answer was lost, without the card (the
   * acquirer's inquiry by order id): APPROVED if it was made, DECLINED if it was refused or never
   * arrived, TIMEOUT if the acquirer cannot tell yet.
   */
  CardResult inquire(String key);

  /**
   * Leaves the card with the acquirer for later charges (auto-charge): its token, or the reason the
   * acquirer refused to keep it. Only the token is stored on our side.
   */
  SavedCard save(CardDetails card);

  /** Charges a card saved earlier, by its token; the same key is the same charge. */
  CardResult charge(String key, Yen amount, String token);

  /** A card the acquirer kept: its token and last four digits, or why it was refused. */
  record SavedCard(String token, String last4, String declineReason) {

    public boolean saved() {
      return token != null;
    }
  }
}
