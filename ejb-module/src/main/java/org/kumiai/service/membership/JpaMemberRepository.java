package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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
import org.kumiai.domain.membership.MemberImport;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberSearchTerm;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PersonName;
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
  public List<Member> samePerson(Coop coop, PersonName name, LocalDate born, EmailAddress email) {
    return em.createQuery(
            "select m from Member m where m.coop = :coop and m.status <> :withdrawn and ("
                + "(m.name.familyKana = :familyKana and m.name.givenKana = :givenKana"
                + " and m.dateOfBirth = :born) or m.email.value = :email) order by m.id",
            Member.class)
        .setParameter("coop", coop)
        .setParameter("withdrawn", MemberStatus.WITHDRAWN)
        .setParameter("familyKana", name.familyKana())
        .setParameter("givenKana", name.givenKana())
        .setParameter("born", born)
        .setParameter("email", email == null ? "" : email.value())
        .getResultList();
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
   * number is the one answer; anything else is tried as a name, reading, address, part of a number
   * and part of a phone number at once, since the counter has only one box.
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
    } else if (!term.isEmpty()) {
      List<String> any = new ArrayList<>();
      String contains = "%" + escaped(term.text()) + "%";
      any.add("concat(m.name.family, m.name.given) like :text escape '!'");
      any.add("lower(m.email.value) like :text escape '!'");
      params.put("text", contains);
      term.kana()
          .ifPresent(
              kana -> {
                any.add("concat(m.name.familyKana, m.name.givenKana) like :kana escape '!'");
                params.put("kana", "%" + escaped(kana) + "%");
              });
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

  @Override
  public void store(MemberImport memberImport) {
    em.persist(memberImport);
  }

  @Override
  public List<MemberImport> importsOf(Coop coop, String sha256) {
    return em.createQuery(
            "select i from MemberImport i where i.coop = :coop and i.sha256 = :sha"
                + " order by i.importedAt desc",
            MemberImport.class)
        .setParameter("coop", coop)
        .setParameter("sha", sha256)
        .getResultList();
  }
}
