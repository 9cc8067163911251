package org.kumiai.service.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kumiai.domain.messaging.OutboundMessage;
import org.kumiai.domain.messaging.OutboxRepository;
import org.kumiai.domain.messaging.RetryPolicy;

/**
 * Delivers one due message at a time, each in a transaction of its own so one bad address does not
 * hold up the rest. The row stays locked while it is sent: a second dispatcher in the cluster waits
 * and then finds it no longer due.
 */
@Stateless
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  private static final int BATCH = 50;

  @Inject private OutboxRepository messages;
  @Inject private SmtpMailer mailer;
  @Inject private SmsGateway phone;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueIds(Instant now) {
    return messages.dueIds(now, BATCH);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long id, Instant now) {
    OutboundMessage message = messages.findForDelivery(id).orElse(null);
    if (message == null || !message.isDueAt(now)) {
      return;
    }
    try {
      switch (message.channel()) {
        case MAIL -> mailer.send(message.recipient(), message.subject(), message.body());
        case SMS -> phone.sendText(message.recipient(), message.body());
        case VOICE -> phone.call(message.recipient(), message.body());
      }
      message.recordDelivery(clock.instant());
    } catch (MessagingException | SmsGateway.GatewayException | RuntimeException e) {
      LOG.log(Level.WARNING, "Message {0} not delivered: {1}", new Object[] {id, describe(e)});
      message.recordFailure(describe(e), clock.instant(), RetryPolicy.STANDARD);
    }
  }

  private static String describe(Exception e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
