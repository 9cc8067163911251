package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.Product;

@ApplicationScoped
class JpaEnrollmentRepository implements EnrollmentRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(Enrollment enrollment) {
    em.persist(enrollment);
  }

  @Override
  public void store(Product product) {
    em.persist(product);
  }

  @Override
  public Optional<Enrollment> find(long id) {
    return Optional.ofNullable(em.find(Enrollment.class, id));
  }

  @Override
  public Optional<Enrollment> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Enrollment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Product> catalogue(Coop coop) {
    return em.createQuery(
            "select p from Product p where p.coop = :coop order by p.id", Product.class)
        .setParameter("coop", coop)
        .getResultList();
  }

  @Override
  public List<Enrollment> dueToExpire(Instant now, int max) {
    return em.createQuery(
            "select e from Enrollment e where e.status = :status and e.expiresAt <= :now"
                + " and e.cardUnansweredAt is null order by e.expiresAt",
            Enrollment.class)
        .setParameter("status", EnrollmentStatus.AWAITING_PAYMENT)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> awaitingCardAnswer(int max) {
    return em.createQuery(
            "select e.id from Enrollment e where e.status = :status"
                + " and e.cardUnansweredAt is not null order by e.cardUnansweredAt",
            Long.class)
        .setParameter("status", EnrollmentStatus.AWAITING_PAYMENT)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Enrollment> paidOf(Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Enrollment e where e.memberId in :ids and e.status = :status"
                + " order by e.paidAt",
            Enrollment.class)
        .setParameter("ids", memberIds)
        .setParameter("status", EnrollmentStatus.PAID)
        .getResultList();
  }

  @Override
  public List<Enrollment> of(long memberId) {
    return em.createQuery(
            "select e from Enrollment e where e.memberId = :id order by e.createdAt desc, e.id desc",
            Enrollment.class)
        .setParameter("id", memberId)
        .getResultList();
  }

  @Override
  public List<Enrollment> awaitingPayment(List<String> coopCodes) {
    if (coopCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Enrollment e, Member m where m.id = e.memberId"
                + " and e.status = :status and m.coop.code in :codes order by e.createdAt",
            Enrollment.class)
        .setParameter("status", EnrollmentStatus.AWAITING_PAYMENT)
        .setParameter("codes", coopCodes)
        .getResultList();
  }
}
