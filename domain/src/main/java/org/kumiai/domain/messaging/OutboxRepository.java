package org.kumiai.domain.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table. */
public interface OutboxRepository {

  void store(OutboundMessage message);

  /** The message, locked against another dispatcher until the transaction ends. */
  Optional<OutboundMessage> findForDelivery(long id);

  /** Ids of queued messages whose next attempt is due, oldest first. */
  List<Long> dueIds(Instant now, int max);

  /** The newest messages first, whatever their state. */
  List<OutboundMessage> latest(int max);
}
