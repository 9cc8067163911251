package org.kumiai.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One audited event. Written once and never changed: there are no verbs, only readers. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  private static final int MAX_DETAIL = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AuditAction action;

  /** Who acted: an account's address, a staff account, or "anonymous". */
  @Column(nullable = false, length = 254)
  private String actor;

  /** Whom or what it concerned, e.g. the account signed in to. */
  @Column(length = 254)
  private String subject;

  @Column(name = "ip_address", length = 45)
  private String ipAddress;

  @Column(length = MAX_DETAIL)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      AuditAction action,
      String actor,
      String subject,
      String ipAddress,
      String detail) {
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.action = Objects.requireNonNull(action, "action");
    this.actor = cut(Objects.requireNonNull(actor, "actor"), 254);
    this.subject = subject == null ? null : cut(subject, 254);
    this.ipAddress = ipAddress == null ? null : cut(ipAddress, 45);
    this.detail = detail == null ? null : cut(detail, MAX_DETAIL);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public AuditAction action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public String subject() {
    return subject;
  }

  public String ipAddress() {
    return ipAddress;
  }

  public String detail() {
    return detail;
  }
}
