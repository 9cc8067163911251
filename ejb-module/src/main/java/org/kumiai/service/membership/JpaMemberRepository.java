package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.membership.Member;
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
  public Optional<Member> findByNumber(MembershipNumber number) {
    return em.createQuery("select m from Member m where m.number.value = :number", Member.class)
        .setParameter("number", number.value())
        .getResultStream()
        .findFirst();
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
