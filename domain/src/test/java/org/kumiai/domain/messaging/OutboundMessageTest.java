package org.kumiai.domain.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

  private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

  private static OutboundMessage mail() {
    return new OutboundMessage(Channel.MAIL, "hanako@example.jp", "件名", "本文", T0);
  }

  @Test
  void aNewMessageIsQueuedAndDueAtOnce() {
    OutboundMessage m = mail();

    assertEquals(DeliveryStatus.QUEUED, m.status());
    assertTrue(m.isDueAt(T0));
    assertFalse(m.isDueAt(T0.minusSeconds(1)));
  }

  @Test
  void deliveryMarksItSentAndNoLongerDue() {
    OutboundMessage m = mail();

    m.recordDelivery(T0.plusSeconds(2));

    assertEquals(DeliveryStatus.SENT, m.status());
    assertEquals(1, m.attempts());
    assertEquals(Optional.of(T0.plusSeconds(2)), m.sentAt());
    assertFalse(m.isDueAt(T0.plusSeconds(3600)));
  }

  @Test
  void aGatewaysErrorPageIsKeptWithoutItsControlCharacters() {
    OutboundMessage m = mail();

    m.recordFailure("HTTP 502: \u0000\u001f<html>\r\nBad gateway", T0, RetryPolicy.STANDARD);

    assertEquals(Optional.of("HTTP 502:   <html>  Bad gateway"), m.lastError());
  }

  @Test
  void aFailureKeepsItQueuedWithTheErrorAndBacksOff() {
    OutboundMessage m = mail();

    m.recordFailure("Connection refused", T0, RetryPolicy.STANDARD);

    assertEquals(DeliveryStatus.QUEUED, m.status());
    assertEquals(Optional.of("Connection refused"), m.lastError());
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))), m.nextAttemptAt());
    assertFalse(m.isDueAt(T0.plusSeconds(59)));
    assertTrue(m.isDueAt(T0.plusSeconds(60)));
  }

  @Test
  void theBackOffDoublesUpToTheCap() {
    RetryPolicy p = RetryPolicy.STANDARD;

    assertEquals(Optional.of(Duration.ofMinutes(1)), p.delayAfter(1));
    assertEquals(Optional.of(Duration.ofMinutes(2)), p.delayAfter(2));
    assertEquals(Optional.of(Duration.ofMinutes(4)), p.delayAfter(3));
    assertEquals(Optional.of(Duration.ofMinutes(32)), p.delayAfter(6));
    assertEquals(Optional.of(Duration.ofHours(1)), p.delayAfter(7));
    assertEquals(Optional.of(Duration.ofHours(1)), p.delayAfter(9));
    assertEquals(Optional.empty(), p.delayAfter(10));
  }

  @Test
  void afterTheLastAttemptTheMessageIsGivenUp() {
    OutboundMessage m = mail();
    RetryPolicy twice = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2);

    m.recordFailure("first", T0, twice);
    m.recordFailure("second", T0.plusSeconds(1), twice);

    assertEquals(DeliveryStatus.FAILED, m.status());
    assertEquals(2, m.attempts());
    assertEquals(Optional.of("second"), m.lastError());
    assertFalse(m.isDueAt(T0.plusSeconds(3600)));
  }

  @Test
  void aSentMessageCannotBeSentAgain() {
    OutboundMessage m = mail();
    m.recordDelivery(T0);

    assertThrows(IllegalStateException.class, () -> m.recordDelivery(T0));
  }

  @Test
  void aVeryLongErrorIsCutToTheColumn() {
    OutboundMessage m = mail();

    m.recordFailure("x".repeat(5000), T0, RetryPolicy.STANDARD);

    assertEquals(1000, m.lastError().orElseThrow().length());
  }

  @Test
  void recipientSubjectAndBodyAreRequired() {
    assertThrows(
        IllegalArgumentException.class, () -> new OutboundMessage(Channel.MAIL, " ", "s", "b", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutboundMessage(Channel.MAIL, "a@b.jp", "s", "", T0));
  }
}
