package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.wallet.IdempotencyRecord;
import org.kumiai.domain.wallet.Register;
import org.kumiai.domain.wallet.RegisterRepository;
import org.kumiai.service.platform.UniqueInsert;

@ApplicationScoped
class JpaRegisterRepository implements RegisterRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(Register register) {
    em.persist(register);
  }

  @Override
  public boolean storeIfFree(Register register) {
    return UniqueInsert.stored(em, register);
  }

  @Override
  public Optional<Register> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Register.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Register> findByPrefix(String keyPrefix) {
    return em.createQuery("select r from Register r where r.keyPrefix = :p", Register.class)
        .setParameter("p", keyPrefix)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Register> find(long id) {
    return Optional.ofNullable(em.find(Register.class, id));
  }

  @Override
  public List<Register> ofStores(List<String> storeCodes) {
    if (storeCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Register r where r.storeCode in :codes"
                + " order by r.storeCode, r.registerCode",
            Register.class)
        .setParameter("codes", storeCodes)
        .getResultList();
  }

  @Override
  public Optional<IdempotencyRecord> findAnswer(long registerId, String key) {
    return Optional.ofNullable(
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(registerId, key)));
  }

  @Override
  public void remember(IdempotencyRecord record) {
    em.persist(record);
  }

  @Override
  public int forgetAnswers(Instant before) {
    return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
