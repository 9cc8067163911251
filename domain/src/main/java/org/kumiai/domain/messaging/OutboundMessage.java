package org.kumiai.domain.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message waiting in the outbox. It is written in the same transaction as the business change
 * that causes it, so a rolled-back change sends nothing; a dispatcher delivers it afterwards.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

  private static final int MAX_ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
  @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Channel channel;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 20000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  @Version private long version;

  protected OutboundMessage() {}

  public OutboundMessage(
      Channel channel, String recipient, String subject, String body, Instant createdAt) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.recipient = requireText(recipient, "recipient");
    this.subject = requireText(subject, "subject");
    this.body = requireText(body, "body");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = DeliveryStatus.QUEUED;
    this.nextAttemptAt = createdAt;
  }

  public boolean isDueAt(Instant now) {
    return status == DeliveryStatus.QUEUED && !nextAttemptAt.isAfter(now);
  }

  public void recordDelivery(Instant at) {
    requireQueued();
    attempts++;
    status = DeliveryStatus.SENT;
    sentAt = at;
    nextAttemptAt = null;
    lastError = null;
  }

  public void recordFailure(String error, Instant at, RetryPolicy policy) {
    requireQueued();
    attempts++;
    lastError = truncate(error == null ? "unknown error" : error);
    Optional<Duration> delay = policy.delayAfter(attempts);
    if (delay.isPresent()) {
      nextAttemptAt = at.plus(delay.get());
    } else {
      status = DeliveryStatus.FAILED;
      nextAttemptAt = null;
    }
  }

  private void requireQueued() {
    if (status != DeliveryStatus.QUEUED) {
      throw new IllegalStateException("Message " + id + " is already " + status);
    }
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /**
   * Cut to the column, control characters blanked: a gateway's error page may hold a NUL, which
   * PostgreSQL refuses in text, and a failure that cannot be recorded would be sent again at once.
   */
  private static String truncate(String error) {
    String plain = error.replaceAll("\\p{Cntrl}", " ");
    return plain.length() <= MAX_ERROR_LENGTH ? plain : plain.substring(0, MAX_ERROR_LENGTH);
  }

  public Long id() {
    return id;
  }

  public Channel channel() {
    return channel;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
