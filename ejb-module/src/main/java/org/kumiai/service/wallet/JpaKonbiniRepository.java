package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.KonbiniSlip;

@ApplicationScoped
class JpaKonbiniRepository implements KonbiniRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(KonbiniSlip slip) {
    em.persist(slip);
  }

  @Override
  public Optional<Long> walletOf(String number) {
    return em.createQuery("select s.walletId from KonbiniSlip s where s.number = :n", Long.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<KonbiniSlip> findByNumberForUpdate(String number) {
    return em.createQuery("select s from KonbiniSlip s where s.number = :n", KonbiniSlip.class)
        .setParameter("n", number)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<KonbiniSlip> ofCharge(long walletId, String chargeKey) {
    return em.createQuery(
            "select s from KonbiniSlip s where s.walletId = :w and s.chargeKey = :k order by s.id",
            KonbiniSlip.class)
        .setParameter("w", walletId)
        .setParameter("k", chargeKey)
        .getResultList();
  }

  @Override
  public List<KonbiniSlip> ofWallet(long walletId) {
    return em.createQuery(
            "select s from KonbiniSlip s where s.walletId = :w order by s.issuedAt desc",
            KonbiniSlip.class)
        .setParameter("w", walletId)
        .getResultList();
  }

  @Override
  public List<KonbiniSlip> issued(int max) {
    return em.createQuery(
            "select s from KonbiniSlip s where s.status = :st order by s.issuedAt desc",
            KonbiniSlip.class)
        .setParameter("st", KonbiniSlip.Status.ISSUED)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<KonbiniSlip> dueToExpire(Instant now, int max) {
    return em.createQuery(
            "select s from KonbiniSlip s where s.status = :st and s.expiresAt < :now",
            KonbiniSlip.class)
        .setParameter("st", KonbiniSlip.Status.ISSUED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public boolean firstTime(String noticeId, Instant now) {
    long seen =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM konbini_notice WHERE notice_id = ?")
                    .setParameter(1, noticeId)
                    .getSingleResult())
            .longValue();
    if (seen > 0) {
      return false;
    }
    em.createNativeQuery("INSERT INTO konbini_notice (notice_id, received_at) VALUES (?, ?)")
        .setParameter(1, noticeId)
        .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    return true;
  }
}
