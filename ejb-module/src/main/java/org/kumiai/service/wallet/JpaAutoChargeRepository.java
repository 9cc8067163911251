package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.wallet.AutoCharge;
import org.kumiai.domain.wallet.AutoChargeRepository;
import org.kumiai.domain.wallet.BalanceAlert;

@ApplicationScoped
class JpaAutoChargeRepository implements AutoChargeRepository {

  /** What a member can spend: every purse but points (PaymentRules.spendable). */
  /** The alert's figure, as {@code ChargeRules.held}: the purses the member charges. */
  private static final String SPENDABLE =
      "(SELECT COALESCE(SUM(a.balance), 0) FROM ledger_account a WHERE a.wallet_id = b.wallet_id"
          + " AND a.kind = 'PURSE' AND a.purse IN ('BASE', 'CAFETERIA', 'TEXTBOOK'))";

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public Optional<AutoCharge> findAutoCharge(long walletId) {
    return Optional.ofNullable(em.find(AutoCharge.class, walletId));
  }

  @Override
  public void store(AutoCharge autoCharge) {
    if (!em.contains(autoCharge)) {
      em.persist(autoCharge);
    }
  }

  @Override
  public List<Long> dueAutoCharges(int max) {
    return longs(
        em.createNativeQuery(
                "SELECT c.wallet_id FROM auto_charge c JOIN ledger_account a"
                    + " ON a.wallet_id = c.wallet_id AND a.kind = 'PURSE' AND a.purse = c.purse"
                    + " WHERE c.asked IS NOT NULL OR (c.status = 'ON' AND a.balance < c.threshold"
                    + " AND (c.charged_to IS NULL OR a.balance <> c.charged_to))"
                    + " ORDER BY c.wallet_id")
            .setMaxResults(max)
            .getResultList());
  }

  @Override
  public Optional<BalanceAlert> findAlert(long walletId) {
    return Optional.ofNullable(em.find(BalanceAlert.class, walletId));
  }

  @Override
  public void store(BalanceAlert alert) {
    if (!em.contains(alert)) {
      em.persist(alert);
    }
  }

  @Override
  public void remove(BalanceAlert alert) {
    em.remove(alert);
  }

  @Override
  public List<Long> alertsToCheck(int max) {
    return longs(
        em.createNativeQuery(
                "SELECT b.wallet_id FROM balance_alert b WHERE (b.alerted_at IS NULL AND "
                    + SPENDABLE
                    + " < b.threshold) OR (b.alerted_at IS NOT NULL AND "
                    + SPENDABLE
                    + " >= b.threshold) ORDER BY b.wallet_id")
            .setMaxResults(max)
            .getResultList());
  }

  private static List<Long> longs(List<?> rows) {
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }
}
