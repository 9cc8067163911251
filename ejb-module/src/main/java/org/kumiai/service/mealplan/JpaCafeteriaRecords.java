package org.kumiai.service.mealplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.mealplan.CafeteriaRecords;
import org.kumiai.domain.mealplan.DietaryChoice;
import org.kumiai.domain.mealplan.Nutrition;

@ApplicationScoped
class JpaCafeteriaRecords implements CafeteriaRecords {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public List<Sale> sales(long walletId, Instant from, Instant until) {
    // Native and summed in the database: a month is one range scan of the wallet's transactions
    // (wallet_id, occurred_at) and their lines, however large the ledger grows.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        walletBetween(
                em.createNativeQuery(
                    "SELECT t.id, t.occurred_at, t.amount,"
                        + " (SELECT COALESCE(SUM(r.amount), 0) FROM ledger_transaction r"
                        + " WHERE r.reversal_of = t.id),"
                        + " COALESCE(SUM(l.energy_kcal * l.quantity), 0),"
                        + " COALESCE(SUM(l.protein * l.quantity), 0),"
                        + " COALESCE(SUM(l.fat * l.quantity), 0),"
                        + " COALESCE(SUM(l.carbohydrate * l.quantity), 0),"
                        + " COALESCE(SUM(l.salt * l.quantity), 0)"
                        + " FROM ledger_transaction t JOIN store s ON s.code = t.store_code"
                        + " LEFT JOIN payment_line l ON l.transaction_id = t.id"
                        + " WHERE t.wallet_id = ?1 AND t.kind = 'PAYMENT' AND s.kind = 'CAFETERIA'"
                        + " AND t.occurred_at >= ?2 AND t.occurred_at < ?3"
                        + " GROUP BY t.id, t.occurred_at, t.amount"
                        + " ORDER BY t.occurred_at, t.id"),
                walletId,
                from,
                until)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Sale(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    Nutrition.total(
                        ((Number) r[4]).intValue(),
                        decimal(r[5]),
                        decimal(r[6]),
                        decimal(r[7]),
                        decimal(r[8]))))
        .toList();
  }

  @Override
  public long mealDrawn(long walletId, Instant from, Instant until) {
    Object drawn =
        walletBetween(
                em.createNativeQuery(
                    "SELECT COALESCE(SUM(CASE WHEN e.side = 'DEBIT' THEN e.amount ELSE -e.amount END),"
                        + " 0)"
                        + " FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id"
                        + " JOIN ledger_transaction t ON t.id = e.transaction_id"
                        + " LEFT JOIN ledger_transaction o ON o.id = t.reversal_of"
                        + " WHERE a.wallet_id = ?1 AND a.purse = 'MEAL'"
                        + " AND ((t.kind = 'PAYMENT' AND t.occurred_at >= ?2 AND t.occurred_at < ?3)"
                        + " OR (o.kind = 'PAYMENT' AND o.occurred_at >= ?2 AND o.occurred_at < ?3))"),
                walletId,
                from,
                until)
            .getSingleResult();
    return ((Number) drawn).longValue();
  }

  /** A native query's wallet as ?1 and its period [from, until) as ?2 and ?3. */
  private static Query walletBetween(Query query, long walletId, Instant from, Instant until) {
    return query
        .setParameter(1, walletId)
        .setParameter(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
        .setParameter(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return (Instant) value;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  @Override
  public Optional<DietaryChoice> choice(long memberId) {
    return Optional.ofNullable(em.find(DietaryChoice.class, memberId));
  }

  @Override
  public void store(DietaryChoice choice) {
    em.persist(choice);
  }
}
