package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
    List<Condition> parts = conditions(query.searchTerm());
    String order = " order by m.name.familyKana, m.name.givenKana, m.id";
    if (parts.size() == 1) {
      return where("select m from Member m", query, coopCodes, parts.get(0), order, Member.class)
          .setFirstResult(first)
          .setMaxResults(max)
          .getResultList();
    }
    // Parts that never match the same member, each read from its own index: the first
    // first + max of each, merged in the same order.
    List<Member> merged = new ArrayList<>();
    for (Condition part : parts) {
      merged.addAll(
          where("select m from Member m", query, coopCodes, part, order, Member.class)
              .setMaxResults(first + max)
              .getResultList());
    }
    merged.sort(READING_ORDER);
    return List.copyOf(
        merged.subList(Math.min(first, merged.size()), Math.min(first + max, merged.size())));
  }

  @Override
  public long count(MemberQuery query, Set<String> coopCodes) {
    if (coopCodes.isEmpty()) {
      return 0;
    }
    long count = 0;
    for (Condition part : conditions(query.searchTerm())) {
      count +=
          where("select count(m) from Member m", query, coopCodes, part, "", Long.class)
              .getSingleResult();
    }
    return count;
  }

  private static final Comparator<Member> READING_ORDER =
      Comparator.comparing((Member m) -> m.name().familyKana())
          .thenComparing(m -> m.name().givenKana())
          .thenComparing(Member::id);

  /** A JPQL condition on {@code m} and its parameters. */
  private record Condition(String jpql, Map<String, Object> params) {}

  /**
   * What the typed term asks for, as conditions no two of which match the same member. A complete
   * membership number or email address is the one answer, and a reading is matched from its start,
   * the family name's or the given name's; these use an index (V11), so they stay fast in a co-op
   * of many thousands. Anything else is tried as a name, address, part of a number and part of a
   * phone number at once, since the counter has only one box.
   */
  private static List<Condition> conditions(MemberSearchTerm term) {
    if (term.number().isPresent()) {
      return List.of(
          new Condition("m.number.value = :number", Map.of("number", term.number().get().value())));
    }
    if (term.email().isPresent()) {
      return List.of(
          new Condition("m.email.value = :email", Map.of("email", term.email().get().value())));
    }
    if (term.kana().isPresent()) {
      List<String> parts = term.kanaParts();
      if (parts.size() == 2) {
        return List.of(
            new Condition(
                "m.name.familyKana = :family and m.name.givenKana like :given escape '!'",
                Map.of("family", parts.get(0), "given", escaped(parts.get(1)) + "%")));
      }
      // Two conditions rather than one "or": H2 reads an index for each but none for an "or".
      Map<String, Object> kana = Map.of("kana", escaped(term.kana().get()) + "%");
      return List.of(
          new Condition("m.name.familyKana like :kana escape '!'", kana),
          new Condition(
              "m.name.givenKana like :kana escape '!'"
                  + " and m.name.familyKana not like :kana escape '!'",
              kana));
    }
    if (term.isEmpty()) {
      return List.of(new Condition("", Map.of()));
    }
    List<String> any = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    any.add("concat(m.name.family, m.name.given) like :text escape '!'");
    params.put("text", "%" + escaped(term.text()) + "%");
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
    return List.of(new Condition("(" + String.join(" or ", any) + ")", params));
  }

  /** One statement: the caller's co-ops, the chosen co-op and status, and the condition. */
  private <T> TypedQuery<T> where(
      String select,
      MemberQuery query,
      Set<String> coopCodes,
      Condition condition,
      String order,
      Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where m.coop.code in :coops");
    Map<String, Object> params = new HashMap<>(condition.params());
    params.put("coops", coopCodes);
    if (query.hasCoop()) {
      jpql.append(" and m.coop.code = :coop");
      params.put("coop", query.coop());
    }
    if (query.status() != null) {
      jpql.append(" and m.status = :status");
      params.put("status", query.status());
    }
    if (!condition.jpql().isEmpty()) {
      jpql.append(" and ").append(condition.jpql());
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
