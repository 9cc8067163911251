package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.membership.WithdrawalRepository;

@ApplicationScoped
class JpaWithdrawalRepository implements WithdrawalRepository {

  private static final List<Withdrawal.Status> OPEN =
      List.of(Withdrawal.Status.REQUESTED, Withdrawal.Status.HELD, Withdrawal.Status.APPROVED);

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(Withdrawal withdrawal) {
    em.persist(withdrawal);
  }

  @Override
  public Optional<Withdrawal> find(long id) {
    return Optional.ofNullable(em.find(Withdrawal.class, id));
  }

  @Override
  public Optional<Withdrawal> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Withdrawal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Withdrawal> of(long memberId) {
    return em.createQuery(
            "select w from Withdrawal w where w.memberId = :id"
                + " order by w.requestedAt desc, w.id desc",
            Withdrawal.class)
        .setParameter("id", memberId)
        .getResultList();
  }

  @Override
  public List<Withdrawal> ofCoops(Collection<String> coopCodes, boolean openOnly, int max) {
    if (coopCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select w from Withdrawal w, Member m where m.id = w.memberId"
                + " and m.coop.code in :codes and w.status in :statuses"
                // Open requests are a queue, the longest waiting first (and never cut off by the
                // limit in graduation season); the whole list is history, the newest first.
                + (openOnly
                    ? " order by w.requestedAt, w.id"
                    : " order by w.requestedAt desc, w.id desc"),
            Withdrawal.class)
        .setParameter("codes", coopCodes)
        .setParameter("statuses", openOnly ? OPEN : List.of(Withdrawal.Status.values()))
        .setMaxResults(max)
        .getResultList();
  }
}
