package org.kumiai.service.payment;

import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.Yen;

/**
 * The card acquirer. An implementation sends the card to the acquirer and nowhere else; the {@code
 * key} makes a retried charge (after a timeout, a double click) the same charge, as real acquirers'
 * idempotency keys do.
 */
public interface CardGateway {

  CardResult charge(String key, Yen amount, CardDetails card);
}
