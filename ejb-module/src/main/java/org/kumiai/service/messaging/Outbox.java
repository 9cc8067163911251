package org.kumiai.service.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.messaging.OutboundMessage;
import org.kumiai.domain.messaging.OutboxRepository;

/**
 * Where use cases put the messages their change causes. Joining the caller's transaction is the
 * point: the message commits with the change or not at all.
 */
@Stateless
public class Outbox {

  private static final int MAX_LISTED = 200;

  @Inject private OutboxRepository messages;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long enqueueMail(String recipient, String subject, String body) {
    OutboundMessage message =
        new OutboundMessage(Channel.MAIL, recipient, subject, body, clock.instant());
    messages.store(message);
    return message.id();
  }

  /** A text message, or with {@code voice} a call that reads it out, to an E.164 number. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long enqueuePhone(String e164, boolean voice, String label, String text) {
    OutboundMessage message =
        new OutboundMessage(
            voice ? Channel.VOICE : Channel.SMS, e164, label, text, clock.instant());
    messages.store(message);
    return message.id();
  }

  /** The newest messages, for the demo message viewer and the staff outbox. */
  public List<MessageView> latest(int max) {
    return messages.latest(Math.min(Math.max(max, 1), MAX_LISTED)).stream()
        .map(MessageView::of)
        .toList();
  }
}
