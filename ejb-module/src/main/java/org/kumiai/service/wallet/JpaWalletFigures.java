package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.WalletFigures;

/** The report's sums in SQL: one grouped query each, however many wallets a co-op has. */
@ApplicationScoped
class JpaWalletFigures implements WalletFigures {

  private static final String SIGNED =
      "CASE WHEN e.side = 'CREDIT' THEN e.amount ELSE -e.amount END";

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public Liability liability(String coopCode) {
    Map<Purse, Long> balances = zeroes();
    Map<Purse, Long> entries = zeroes();
    for (Object row :
        em.createNativeQuery(
                "SELECT x.purse, SUM(x.balance), SUM(x.entries) FROM (SELECT a.purse AS purse,"
                    + " a.balance AS balance, (SELECT COALESCE(SUM("
                    + SIGNED
                    + "), 0) FROM ledger_entry e WHERE e.account_id = a.id) AS entries"
                    + " FROM ledger_account a WHERE a.kind = 'PURSE' AND a.coop_code = ?1) x"
                    + " GROUP BY x.purse")
            .setParameter(1, coopCode)
            .getResultList()) {
      Object[] r = (Object[]) row;
      Purse purse = Purse.valueOf((String) r[0]);
      balances.put(purse, ((Number) r[1]).longValue());
      entries.put(purse, ((Number) r[2]).longValue());
    }
    return new Liability(balances, entries);
  }

  @Override
  public Movements movements(String coopCode, Instant from, Instant until) {
    Map<Purse, Long> opening = new EnumMap<>(Purse.class);
    Map<TransactionKind, Map<Purse, Long>> byKind = new EnumMap<>(TransactionKind.class);
    for (Object row :
        period(
                "SELECT x.kind, x.purse, SUM(x.yen) FROM (SELECT CASE WHEN t.occurred_at < ?2"
                    + " THEN 'OPENING' ELSE t.kind END AS kind, a.purse AS purse, "
                    + SIGNED
                    + " AS yen FROM ledger_account a"
                    + " JOIN ledger_entry e ON e.account_id = a.id"
                    + " JOIN ledger_transaction t ON t.id = e.transaction_id"
                    + " WHERE a.kind = 'PURSE' AND a.coop_code = ?1 AND t.occurred_at < ?3) x"
                    + " GROUP BY x.kind, x.purse",
                coopCode,
                from,
                until)
            .getResultList()) {
      Object[] r = (Object[]) row;
      Purse purse = Purse.valueOf((String) r[1]);
      long yen = ((Number) r[2]).longValue();
      if ("OPENING".equals(r[0])) {
        opening.put(purse, yen);
      } else {
        byKind
            .computeIfAbsent(
                TransactionKind.valueOf((String) r[0]), k -> new EnumMap<>(Purse.class))
            .put(purse, yen);
      }
    }
    return new Movements(opening, byKind);
  }

  @Override
  public Map<AccountKind, long[]> chargesBySource(String coopCode, Instant from, Instant until) {
    Map<AccountKind, long[]> out = new LinkedHashMap<>();
    for (Object row :
        period(
                "SELECT a.kind, COUNT(DISTINCT t.id), SUM(e.amount) FROM ledger_transaction t"
                    + " JOIN ledger_entry e ON e.transaction_id = t.id AND e.side = 'DEBIT'"
                    + " JOIN ledger_account a ON a.id = e.account_id AND a.kind <> 'PURSE'"
                    + " WHERE t.kind IN ('CHARGE', 'DEPOSIT') AND t.coop_code = ?1"
                    + " AND t.occurred_at >= ?2 AND t.occurred_at < ?3"
                    + " GROUP BY a.kind ORDER BY a.kind",
                coopCode,
                from,
                until)
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.put(
          AccountKind.valueOf((String) r[0]),
          new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return out;
  }

  @Override
  public List<StorePurse> paymentsByStoreAndPurse(String coopCode, Instant from, Instant until) {
    List<StorePurse> out = new ArrayList<>();
    for (Object row :
        period(
                "SELECT t.store_code, a.purse,"
                    + " SUM(CASE WHEN t.kind = 'PAYMENT' AND e.side = 'DEBIT' THEN e.amount ELSE 0"
                    + " END),"
                    + " SUM(CASE WHEN t.kind <> 'PAYMENT' AND e.side = 'CREDIT' THEN e.amount"
                    + " ELSE 0 END)"
                    + " FROM ledger_transaction t"
                    + " JOIN ledger_entry e ON e.transaction_id = t.id"
                    + " JOIN ledger_account a ON a.id = e.account_id AND a.kind = 'PURSE'"
                    + " AND a.purse <> 'POINTS'"
                    + " WHERE (t.kind = 'PAYMENT' OR (t.kind IN ('REFUND', 'REVERSAL')"
                    + " AND t.store_code IS NOT NULL)) AND t.coop_code = ?1"
                    + " AND t.occurred_at >= ?2 AND t.occurred_at < ?3"
                    + " GROUP BY t.store_code, a.purse ORDER BY t.store_code, a.purse",
                coopCode,
                from,
                until)
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.add(
          new StorePurse(
              (String) r[0],
              Purse.valueOf((String) r[1]),
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue()));
    }
    return out;
  }

  @Override
  public long[] points(String coopCode, Instant from, Instant until) {
    Object[] r =
        (Object[])
            period(
                    "SELECT COALESCE(SUM(CASE WHEN t.kind = 'PAYMENT' THEN t.points ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN t.kind <> 'PAYMENT' THEN t.points ELSE 0 END),"
                        + " 0) FROM ledger_transaction t"
                        + " WHERE (t.kind = 'PAYMENT' OR (t.kind IN ('REFUND', 'REVERSAL')"
                        + " AND t.store_code IS NOT NULL)) AND t.coop_code = ?1"
                        + " AND t.occurred_at >= ?2 AND t.occurred_at < ?3",
                    coopCode,
                    from,
                    until)
                .getSingleResult();
    Number exchanged =
        (Number)
            period(
                    "SELECT COALESCE(SUM(e.amount), 0) FROM ledger_transaction t"
                        + " JOIN ledger_entry e ON e.transaction_id = t.id AND e.side = 'DEBIT'"
                        + " JOIN ledger_account a ON a.id = e.account_id AND a.purse = 'POINTS'"
                        + " WHERE t.kind = 'TRANSFER' AND t.coop_code = ?1"
                        + " AND t.occurred_at >= ?2 AND t.occurred_at < ?3",
                    coopCode,
                    from,
                    until)
                .getSingleResult();
    return new long[] {
      ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), exchanged.longValue()
    };
  }

  private Query period(String sql, String coopCode, Instant from, Instant until) {
    return em.createNativeQuery(sql)
        .setParameter(1, coopCode)
        .setParameter(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
        .setParameter(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
  }

  private static Map<Purse, Long> zeroes() {
    Map<Purse, Long> out = new EnumMap<>(Purse.class);
    for (Purse p : Purse.values()) {
      out.put(p, 0L);
    }
    return out;
  }
}
