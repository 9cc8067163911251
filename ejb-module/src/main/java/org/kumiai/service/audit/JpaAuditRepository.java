package org.kumiai.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.audit.AuditQuery;
import org.kumiai.domain.audit.AuditRepository;

@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public List<AuditEvent> about(String subject, int max) {
    return em.createQuery(
            "select e from AuditEvent e where e.subject = :who or e.actor = :who"
                + " order by e.occurredAt desc, e.id desc",
            AuditEvent.class)
        .setParameter("who", subject)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<AuditEvent> search(AuditQuery query, int first, int max) {
    return bind(
            em.createQuery(
                "select e from AuditEvent e"
                    + where(query)
                    + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class),
            query)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(AuditQuery query) {
    return bind(
            em.createQuery("select count(e) from AuditEvent e" + where(query), Long.class), query)
        .getSingleResult();
  }

  private static String where(AuditQuery query) {
    List<String> parts = new ArrayList<>();
    query
        .whoPrefix()
        .ifPresent(
            w ->
                parts.add(
                    "(lower(e.actor) like :who escape '!'"
                        + " or lower(e.subject) like :who escape '!')"));
    if (query.action() != null) {
      parts.add("e.action = :action");
    }
    query.fromInstant().ifPresent(f -> parts.add("e.occurredAt >= :from"));
    query.untilInstant().ifPresent(u -> parts.add("e.occurredAt < :until"));
    if (query.ip() != null) {
      parts.add("e.ipAddress = :ip");
    }
    return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditQuery query) {
    Map<String, Object> values = new HashMap<>();
    query.whoPrefix().ifPresent(w -> values.put("who", likePrefix(w)));
    if (query.action() != null) {
      values.put("action", query.action());
    }
    query.fromInstant().ifPresent(f -> values.put("from", f));
    query.untilInstant().ifPresent(u -> values.put("until", u));
    if (query.ip() != null) {
      values.put("ip", query.ip());
    }
    values.forEach(q::setParameter);
    return q;
  }

  /** A typed "_" or "%" is a character of the address, not a wildcard. */
  private static String likePrefix(String prefix) {
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
