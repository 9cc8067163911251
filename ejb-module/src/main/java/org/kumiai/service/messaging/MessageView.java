package org.kumiai.service.messaging;

import java.time.Instant;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.messaging.DeliveryStatus;
import org.kumiai.domain.messaging.OutboundMessage;

/** An outbox row as pages show it. */
public record MessageView(
    long id,
    Channel channel,
    String recipient,
    String subject,
    String body,
    DeliveryStatus status,
    int attempts,
    Instant createdAt,
    Instant sentAt,
    Instant nextAttemptAt,
    String lastError) {

  static MessageView of(OutboundMessage m) {
    return new MessageView(
        m.id(),
        m.channel(),
        m.recipient(),
        m.subject(),
        m.body(),
        m.status(),
        m.attempts(),
        m.createdAt(),
        m.sentAt().orElse(null),
        m.nextAttemptAt().orElse(null),
        m.lastError().orElse(null));
  }
}
