package org.kumiai.service.coop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Federation;
import org.kumiai.domain.coop.Store;

@ApplicationScoped
class JpaCoopRepository implements CoopRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public Optional<Federation> findFederation(String code) {
    return em.createQuery("select f from Federation f where f.code = :code", Federation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Coop> findCoop(String code) {
    return em.createQuery("select c from Coop c where c.code = :code", Coop.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Coop> findCoopForUpdate(String code) {
    return em.createQuery("select c from Coop c where c.code = :code", Coop.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        // Read again even if this transaction read the co-op before the lock was granted.
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Store> findStore(String code) {
    return em.createQuery("select s from Store s where s.code = :code", Store.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lockFederationOf(String coopCode) {
    em.createNativeQuery(
            "SELECT id FROM federation"
                + " WHERE id = (SELECT federation_id FROM coop WHERE code = ?) FOR UPDATE")
        .setParameter(1, coopCode)
        .getResultList();
  }

  @Override
  public List<Coop> coops() {
    return em.createQuery("select c from Coop c order by c.code", Coop.class).getResultList();
  }

  @Override
  public List<Store> storesOf(Coop coop) {
    return em.createQuery("select s from Store s where s.coop = :coop order by s.code", Store.class)
        .setParameter("coop", coop)
        .getResultList();
  }

  @Override
  public void store(Federation federation) {
    em.persist(federation);
  }

  @Override
  public void store(Coop coop) {
    em.persist(coop);
  }

  @Override
  public void store(Store store) {
    em.persist(store);
  }
}
