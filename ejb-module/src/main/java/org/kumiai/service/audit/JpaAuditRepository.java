package org.kumiai.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kumiai.domain.audit.AuditEvent;
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
}
