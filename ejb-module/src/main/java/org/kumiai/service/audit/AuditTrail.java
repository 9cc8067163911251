package org.kumiai.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.audit.AuditQuery;
import org.kumiai.domain.audit.AuditRepository;

/**
 * Records events in the caller's transaction: an event commits with what it describes, and a change
 * that rolls back leaves no claim that it happened.
 */
@Stateless
public class AuditTrail {

  private static final int MAX_LISTED = 500;

  @Inject private AuditRepository events;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(AuditAction action, String actor, String subject, String ip, String detail) {
    events.append(new AuditEvent(clock.instant(), action, actor, subject, ip, detail));
  }

  public List<AuditEvent> about(String subject, int max) {
    return events.about(subject, Math.min(Math.max(max, 1), MAX_LISTED));
  }

  /** The administrators' search: events matching {@code query}, newest first, one page. */
  @RolesAllowed("ADMIN")
  public List<AuditEvent> search(AuditQuery query, int first, int max) {
    return events.search(query, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_LISTED));
  }

  @RolesAllowed("ADMIN")
  public long count(AuditQuery query) {
    return events.count(query);
  }
}
