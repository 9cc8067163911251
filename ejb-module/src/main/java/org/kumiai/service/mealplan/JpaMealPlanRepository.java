package org.kumiai.service.mealplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.mealplan.MealPlan;
import org.kumiai.domain.mealplan.MealPlanHolding;
import org.kumiai.domain.mealplan.MealPlanRepository;
import org.kumiai.service.platform.UniqueInsert;

@ApplicationScoped
class JpaMealPlanRepository implements MealPlanRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(MealPlan plan) {
    em.persist(plan);
  }

  @Override
  public boolean storeIfFree(MealPlan plan) {
    return UniqueInsert.stored(em, plan);
  }

  @Override
  public void store(MealPlanHolding holding) {
    // The holding names its ledger transaction by id: EclipseLink would not order the inserts.
    em.flush();
    em.persist(holding);
  }

  @Override
  public Optional<MealPlan> find(long id) {
    return Optional.ofNullable(em.find(MealPlan.class, id));
  }

  @Override
  public Optional<MealPlan> findByCode(String coopCode, String code) {
    return em.createQuery(
            "select p from MealPlan p where p.coopCode = :coop and p.code = :code", MealPlan.class)
        .setParameter("coop", coopCode)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MealPlan> plansOf(String coopCode) {
    return em.createQuery(
            "select p from MealPlan p where p.coopCode = :coop"
                + " order by p.academicYear desc, p.code",
            MealPlan.class)
        .setParameter("coop", coopCode)
        .getResultList();
  }

  @Override
  public Optional<MealPlanHolding> holding(long walletId, int academicYear) {
    return em.createQuery(
            "select h from MealPlanHolding h where h.walletId = :w and h.academicYear = :y",
            MealPlanHolding.class)
        .setParameter("w", walletId)
        .setParameter("y", academicYear)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MealPlanHolding> holdings(long walletId) {
    return em.createQuery(
            "select h from MealPlanHolding h where h.walletId = :w order by h.academicYear desc",
            MealPlanHolding.class)
        .setParameter("w", walletId)
        .getResultList();
  }

  @Override
  public long mealUsed(long mealAccountId, Instant from, Instant until) {
    // Native: the refunds are found through their payment's time, which JPQL over the entries'
    // element collection cannot join as simply.
    Object used =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(CASE WHEN t.kind = 'PAYMENT' THEN e.amount"
                    + " ELSE -e.amount END), 0)"
                    + " FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id"
                    + " LEFT JOIN ledger_transaction p ON p.id = t.reversal_of"
                    + " WHERE e.account_id = ?1 AND ("
                    + " (t.kind = 'PAYMENT' AND e.side = 'DEBIT'"
                    + " AND t.occurred_at >= ?2 AND t.occurred_at < ?3)"
                    + " OR (t.kind IN ('REFUND', 'REVERSAL') AND e.side = 'CREDIT'"
                    + " AND p.kind = 'PAYMENT' AND p.occurred_at >= ?2 AND p.occurred_at < ?3))")
            .setParameter(1, mealAccountId)
            .setParameter(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
            .setParameter(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
            .getSingleResult();
    return Math.max(0, ((Number) used).longValue());
  }
}
