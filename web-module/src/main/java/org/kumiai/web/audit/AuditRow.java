package org.kumiai.web.audit;

import java.io.Serializable;
import java.time.Instant;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;

/** One line of the audit search, detached from the entity so the view state holds no entity. */
public record AuditRow(
    long id,
    Instant occurredAt,
    AuditAction action,
    String actor,
    String subject,
    String ipAddress,
    String detail)
    implements Serializable {

  static AuditRow of(AuditEvent e) {
    return new AuditRow(
        e.id(), e.occurredAt(), e.action(), e.actor(), e.subject(), e.ipAddress(), e.detail());
  }
}
