package org.kumiai.domain.audit;

import java.util.List;

/** The audit table: append and read, never update or delete. */
public interface AuditRepository {

  void append(AuditEvent event);

  /** The newest events about {@code subject} (as actor or subject), newest first. */
  List<AuditEvent> about(String subject, int max);

  /** The events matching {@code query}, newest first, {@code max} from position {@code first}. */
  List<AuditEvent> search(AuditQuery query, int first, int max);

  long count(AuditQuery query);
}
