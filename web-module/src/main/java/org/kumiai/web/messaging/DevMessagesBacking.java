package org.kumiai.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;

/** {@code /dev/messages}: the latest outgoing messages with their full text (demo mode). */
@Named
@RequestScoped
public class DevMessagesBacking {

  private static final int SHOWN = 50;

  @Inject private Outbox outbox;

  private List<MessageView> messages;

  public List<MessageView> getMessages() {
    if (messages == null) {
      messages = outbox.latest(SHOWN);
    }
    return messages;
  }
}
