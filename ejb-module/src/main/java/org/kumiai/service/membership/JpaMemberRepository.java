package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.EmailAddress;

@ApplicationScoped
class JpaMemberRepository implements MemberRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(Member member) {
    em.persist(member);
  }

  @Override
  public Optional<Member> find(long id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  @Override
  public Optional<Member> findByNumber(MembershipNumber number) {
    return em.createQuery("select m from Member m where m.number.value = :number", Member.class)
        .setParameter("number", number.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Member> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void record(MemberChange change) {
    em.persist(change);
  }

  @Override
  public List<MemberChange> history(long memberId) {
    return em.createQuery(
            "select c from MemberChange c where c.memberId = :id"
                + " order by c.changedAt desc, c.id desc",
            MemberChange.class)
        .setParameter("id", memberId)
        .getResultList();
  }

  @Override
  public List<Member> findByEmail(EmailAddress email) {
    return em.createQuery(
            "select m from Member m where m.email.value = :email order by m.id", Member.class)
        .setParameter("email", email.value())
        .getResultList();
  }

  @Override
  public long countIn(Coop coop) {
    return em.createQuery("select count(m) from Member m where m.coop = :coop", Long.class)
        .setParameter("coop", coop)
        .getSingleResult();
  }

  @Override
  public long nextNumberSerial() {
    return ((Number)
            em.createNativeQuery("SELECT nextval('membership_number_seq')").getSingleResult())
        .longValue();
  }
}
