package org.kumiai.service.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.messaging.DeliveryStatus;
import org.kumiai.domain.messaging.OutboundMessage;
import org.kumiai.domain.messaging.OutboxRepository;

@ApplicationScoped
class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(OutboundMessage message) {
    em.persist(message);
  }

  @Override
  public Optional<OutboundMessage> findForDelivery(long id) {
    return Optional.ofNullable(em.find(OutboundMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Long> dueIds(Instant now, int max) {
    return em.createQuery(
            "select m.id from OutboundMessage m where m.status = :queued"
                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("queued", DeliveryStatus.QUEUED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboundMessage> latest(int max) {
    return em.createQuery(
            "select m from OutboundMessage m order by m.createdAt desc, m.id desc",
            OutboundMessage.class)
        .setMaxResults(max)
        .getResultList();
  }
}
