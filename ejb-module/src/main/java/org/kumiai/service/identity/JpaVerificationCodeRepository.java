package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.VerificationCode;
import org.kumiai.domain.identity.VerificationCodeRepository;

@ApplicationScoped
class JpaVerificationCodeRepository implements VerificationCodeRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(VerificationCode code) {
    em.persist(code);
  }

  @Override
  public List<VerificationCode> liveCodes(CodePurpose purpose, String destination) {
    return em.createQuery(
            "select c from VerificationCode c where c.purpose = :purpose"
                + " and c.destination = :destination and c.state = :live",
            VerificationCode.class)
        .setParameter("purpose", purpose)
        .setParameter("destination", destination)
        .setParameter("live", VerificationCode.State.LIVE)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<VerificationCode> latest(CodePurpose purpose, String destination) {
    // Id first, then lock by key: EclipseLink's H2 dialect writes "FOR UPDATE LIMIT", which H2
    // refuses. A code issued in between is found REPLACED once locked, which is the truth.
    return em.createQuery(
            "select c.id from VerificationCode c where c.purpose = :purpose"
                + " and c.destination = :destination order by c.issuedAt desc, c.id desc",
            Long.class)
        .setParameter("purpose", purpose)
        .setParameter("destination", destination)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(id -> em.find(VerificationCode.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
