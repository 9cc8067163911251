package org.kumiai.service.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.messaging.DeliveryStatus;
import org.kumiai.service.platform.KumiaiDeployment;

/**
 * The outbox with real JTA and a real SMTP server (GreenMail) started by the test inside the
 * container, on the port the application is configured to send to.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  private static final int SMTP_PORT = 3125;
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.withMailServer(
        KumiaiDeployment.war("outbox", Map.of("kumiai.mail.port", Integer.toString(SMTP_PORT))));
  }

  @Inject Outbox outbox;
  @Inject OutboxDispatcher dispatcher;
  @Inject UserTransaction tx;

  private static GreenMail smtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    smtp.start();
    return smtp;
  }

  private static String uniqueRecipient() {
    return "member-" + UUID.randomUUID() + "@example.jp";
  }

  private Optional<MessageView> messageTo(String recipient) {
    return outbox.latest(200).stream().filter(m -> m.recipient().equals(recipient)).findFirst();
  }

  private MessageView awaitMessage(String recipient, Predicate<MessageView> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<MessageView> m = messageTo(recipient);
      if (m.isPresent() && condition.test(m.get())) {
        return m.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No message to " + recipient + " reached the expected state");
  }

  private static List<MimeMessage> receivedBy(GreenMail smtp, String recipient) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getAddressList(recipientsOf(m)).contains(recipient))
        .toList();
  }

  private static jakarta.mail.Address[] recipientsOf(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCommittedMessageReachesTheSmtpServer() throws Exception {
    GreenMail smtp = smtp();
    try {
      String to = uniqueRecipient();

      outbox.enqueueMail(to, "組合員登録のお知らせ", "北斗大学生協へようこそ。\n組合員番号: 123456789012");

      MessageView sent = awaitMessage(to, m -> m.status() == DeliveryStatus.SENT);
      assertEquals(1, sent.attempts());
      List<MimeMessage> received = receivedBy(smtp, to);
      assertEquals(1, received.size());
      assertEquals("組合員登録のお知らせ", received.get(0).getSubject());
      assertTrue(GreenMailUtil.getBody(received.get(0)).length() > 0);
      assertTrue(
          received.get(0).getContent().toString().contains("組合員番号: 123456789012"),
          "the Japanese body arrives intact");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aRolledBackTransactionSendsNothing() throws Exception {
    GreenMail smtp = smtp();
    try {
      String rolledBack = uniqueRecipient();
      tx.begin();
      outbox.enqueueMail(rolledBack, "取り消される", "送られないはずの本文");
      tx.rollback();

      // A message committed afterwards shows the dispatcher ran past the rolled-back one.
      String committed = uniqueRecipient();
      outbox.enqueueMail(committed, "届く", "本文");
      awaitMessage(committed, m -> m.status() == DeliveryStatus.SENT);

      assertTrue(messageTo(rolledBack).isEmpty(), "no outbox row for the rolled-back change");
      assertTrue(receivedBy(smtp, rolledBack).isEmpty());
      assertEquals(1, receivedBy(smtp, committed).size());
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aFailingSmtpServerLeavesTheMessageQueuedForRetry() throws Exception {
    String to = uniqueRecipient();

    outbox.enqueueMail(to, "再送テスト", "本文");

    MessageView failed = awaitMessage(to, m -> m.attempts() >= 1);
    assertEquals(DeliveryStatus.QUEUED, failed.status());
    assertTrue(failed.lastError() != null && !failed.lastError().isBlank());
    assertTrue(
        failed.nextAttemptAt().isAfter(failed.createdAt().plusSeconds(50)),
        "the retry waits about a minute, not the next tick");
    assertFalse(failed.nextAttemptAt().isAfter(Instant.now().plus(Duration.ofMinutes(2))));

    GreenMail smtp = smtp();
    try {
      Instant later = failed.nextAttemptAt().plusSeconds(1);
      Instant deadline = Instant.now().plus(PATIENCE);
      while (messageTo(to).orElseThrow().status() != DeliveryStatus.SENT
          && Instant.now().isBefore(deadline)) {
        dispatcher.dispatchDue(later);
        Thread.sleep(100);
      }
      MessageView sent = messageTo(to).orElseThrow();
      assertEquals(DeliveryStatus.SENT, sent.status());
      assertEquals(2, sent.attempts());
      assertEquals(1, receivedBy(smtp, to).size());
    } finally {
      smtp.stop();
    }
  }
}
