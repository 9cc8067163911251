package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberSearchTerm;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.EmailAddress;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  /** For CDI, which injects the container's persistence context. */
  JpaMemberRepository() {}

  /** Outside the container, over an entity manager of one's own: the search benchmark. */
  public JpaMemberRepository(EntityManager em) {
    this.em = em;
  }

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

  @Override
  public List<Member> search(MemberQuery query, Set<String> coopCodes, int first, int max) {
    if (coopCodes.isEmpty()) {
      return List.of();
    }
    return where(
            "select m from Member m",
            query,
            coopCodes,
            " order by m.name.familyKana, m.name.givenKana, m.id",
            Member.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(MemberQuery query, Set<String> coopCodes) {
    if (coopCodes.isEmpty()) {
      return 0;
    }
    return where("select count(m) from Member m", query, coopCodes, "", Long.class)
        .getSingleResult();
  }

  /**
   * The search as one statement whose parameters carry everything typed. A complete membership
   * number or email address is the one answer, and a reading is matched from its start; these use
   * an index (V11), so they stay fast in a co-op of many thousands. Anything else is tried as a
   * name, address, part of a number and part of a phone number at once, since the counter has only
   * one box.
   */
  private <T> TypedQuery<T> where(
      String select, MemberQuery query, Set<String> coopCodes, String order, Class<T> type) {
    MemberSearchTerm term = query.searchTerm();
    StringBuilder jpql = new StringBuilder(select).append(" where m.coop.code in :coops");
    Map<String, Object> params = new HashMap<>();
    params.put("coops", coopCodes);
    if (query.hasCoop()) {
      jpql.append(" and m.coop.code = :coop");
      params.put("coop", query.coop());
    }
    if (query.status() != null) {
      jpql.append(" and m.status = :status");
      params.put("status", query.status());
    }
    if (term.number().isPresent()) {
      jpql.append(" and m.number.value = :number");
      params.put("number", term.number().get().value());
    } else if (term.email().isPresent()) {
      jpql.append(" and m.email.value = :email");
      params.put("email", term.email().get().value());
    } else if (term.kana().isPresent()) {
      List<String> parts = term.kanaParts();
      if (parts.size() == 2) {
        jpql.append(" and m.name.familyKana = :family and m.name.givenKana like :given escape '!'");
        params.put("family", parts.get(0));
        params.put("given", escaped(parts.get(1)) + "%");
      } else {
        jpql.append(" and m.name.familyKana like :kana escape '!'");
        params.put("kana", escaped(term.kana().get()) + "%");
      }
    } else if (!term.isEmpty()) {
      List<String> any = new ArrayList<>();
      String contains = "%" + escaped(term.text()) + "%";
      any.add("concat(m.name.family, m.name.given) like :text escape '!'");
      params.put("text", contains);
      if (term.isAscii()) {
        // Stored addresses are lower case already (EmailAddress), as the term is.
        any.add("m.email.value like :text escape '!'");
      }
      term.digits()
          .ifPresent(
              digits -> {
                any.add("m.number.value like :digits escape '!'");
                params.put("digits", "%" + digits + "%");
              });
      term.phoneDigits()
          .ifPresent(
              phone -> {
                any.add("m.phone.value like :phone escape '!'");
                params.put("phone", "%" + phone + "%");
              });
      jpql.append(" and (").append(String.join(" or ", any)).append(")");
    }
    TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
    params.forEach(typed::setParameter);
    return typed;
  }

  /** Typed % and _ are searched for, not used as wildcards. */
  private static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public List<Member> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from Member m where m.id in :ids order by m.id", Member.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
