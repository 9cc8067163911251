package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.membership.WithdrawalRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.platform.CsvFile;

/**
 * {@code /staff/members} and {@code /staff/member}: staff find members of their own co-ops by
 * whatever the person at the counter offers — card, name, reading, address, phone — and see one
 * member's whole record. Members of other co-ops are invisible: absent from results, not found by
 * id.
 */
@Stateless
@RolesAllowed("STAFF")
public class MemberDirectory {

  /** Far above any co-op's membership; a bound so one click cannot build an unbounded file. */
  static final int CSV_MAX_ROWS = 100_000;

  private static final int MAX_PAGE = 500;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  /**
   * Excel in Japan reads a CSV file as Shift_JIS unless it starts with the UTF-8 byte order mark.
   */
  /** The audit log's subject of member list downloads. */
  public static final String EXPORT_SUBJECT = "members.csv";

  static final List<String> CSV_HEADER =
      List.of(
          "membership_number", "coop", "name", "kana", "date_of_birth", "email", "phone", "status");

  @Inject private MemberRepository members;
  @Inject private EnrollmentRepository enrollments;
  @Inject private WithdrawalRepository withdrawals;
  @Inject private AccountRepository accounts;
  @Inject private StaffScope scope;
  @Inject private AuditTrail audit;
  @Resource private SessionContext context;

  /** One page of the caller's co-ops' members matching {@code query}, by reading. */
  public List<MemberRow> search(MemberQuery query, int first, int max) {
    return members
        .search(query, coops(query), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
        .stream()
        .map(MemberRow::of)
        .toList();
  }

  public long count(MemberQuery query) {
    return members.count(query, coops(query));
  }

  /**
   * Every row of the search as CSV (RFC 4180, UTF-8 with a byte order mark, CRLF), in the order the
   * page lists them. Personal data of up to {@value #CSV_MAX_ROWS} people leaving the system: the
   * audit log says who took which search, and how many rows.
   */
  public byte[] csv(MemberQuery query, String ip) {
    List<Member> rows = members.search(query, coops(query), 0, CSV_MAX_ROWS);
    audit.record(
        AuditAction.MEMBERS_EXPORTED,
        context.getCallerPrincipal().getName(),
        EXPORT_SUBJECT,
        ip,
        "q="
            + Objects.toString(query.term(), "")
            + " coop="
            + Objects.toString(query.coop(), "")
            + " status="
            + Objects.toString(query.status(), "")
            + ": "
            + rows.size()
            + " rows");
    return CsvFile.of(
        CSV_HEADER.toArray(String[]::new),
        csv -> {
          for (Member m : rows) {
            MemberRow r = MemberRow.of(m);
            csv.printRecord(
                r.number(),
                r.coopCode(),
                r.name(),
                r.kana(),
                DATE.format(r.dateOfBirth()),
                r.email(),
                r.phone(),
                r.status().name());
          }
        });
  }

  /** One member of the caller's co-ops with every tab's data; MemberNotFoundException otherwise. */
  public MemberDetail member(long id) {
    Member m = visible(id);
    Account account = accounts.findByMember(id).orElse(null);
    return new MemberDetail(
        MemberRow.of(m),
        profile(m),
        otherMemberships(m, account),
        account == null ? null : linked(account),
        enrollments.of(id).stream().map(MemberDetail.Application::of).toList(),
        withdrawals.of(id).stream().map(MemberDetail.Leaving::of).toList(),
        members.history(id).stream().map(MemberDetail.Change::of).toList());
  }

  /** The member if the caller works for its co-op; the same exception for unknown and hidden. */
  Member visible(long id) {
    return members.findByIds(List.of(id)).stream()
        .filter(m -> scopeCodes().contains(m.coop().code()))
        .findFirst()
        .orElseThrow(() -> new MemberNotFoundException(id));
  }

  /**
   * The same person's other memberships, in any co-op (seed 003: one person, several co-ops): those
   * the same account holds, and those under the same registered address with the same date of
   * birth. An address alone is not a person: a parent and child may share one, and staff who may
   * set a member's address would otherwise look up another co-op's members by guessing theirs.
   */
  private List<MemberRow> otherMemberships(Member m, Account account) {
    Map<Long, Member> found = new LinkedHashMap<>();
    m.email()
        .ifPresent(
            e ->
                members.findByEmail(e).stream()
                    .filter(o -> o.dateOfBirth().equals(m.dateOfBirth()))
                    .forEach(o -> found.put(o.id(), o)));
    if (account != null) {
      members.findByIds(account.memberIds()).forEach(o -> found.put(o.id(), o));
    }
    found.remove(m.id());
    return found.values().stream().map(MemberRow::of).toList();
  }

  private static MemberDetail.Profile profile(Member m) {
    PersonName n = m.name();
    PostalAddress a = m.address().orElse(null);
    Affiliation f = m.affiliation();
    return new MemberDetail.Profile(
        n.family(),
        n.given(),
        n.familyKana(),
        n.givenKana(),
        a == null ? null : a.postalCode(),
        a == null ? null : a.prefecture(),
        a == null ? null : a.city(),
        a == null ? null : a.line1(),
        a == null ? null : a.line2(),
        f.kind(),
        f.department(),
        f.studentNumber(),
        f.entryYear());
  }

  private static MemberDetail.LinkedAccount linked(Account a) {
    return new MemberDetail.LinkedAccount(
        a.email().value(),
        a.nextStep(),
        a.factors(),
        a.defaultFactor(),
        a.totpEnrolledAt().isPresent(),
        a.unusedRecoveryCodes());
  }

  /**
   * The co-ops this search may look in: the caller's, narrowed to the chosen one. A co-op the
   * caller does not work for narrows to nothing rather than failing, like an unknown code.
   */
  private Set<String> coops(MemberQuery query) {
    Set<String> mine = scopeCodes();
    if (!query.hasCoop()) {
      return mine;
    }
    return mine.contains(query.coop()) ? Set.of(query.coop()) : Set.of();
  }

  private Set<String> scopeCodes() {
    return scope.coops().stream()
        .map(CoopView::code)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
