package org.kumiai.domain.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.shared.EmailAddress;

/** Members of every co-op in the federation. */
public interface MemberRepository {

  void store(Member member);

  Optional<Member> find(long id);

  Optional<Member> findByNumber(MembershipNumber number);

  /** The member locked against a concurrent change until the transaction ends. */
  Optional<Member> findForUpdate(long id);

  void record(MemberChange change);

  /** What changed on this member, newest first. */
  List<MemberChange> history(long memberId);

  /** Every membership registered with this address: one person may hold several. */
  List<Member> findByEmail(EmailAddress email);

  long countIn(Coop coop);

  /**
   * Members of the co-op who are, by every sign a form carries, this person: the same reading and
   * date of birth, or the same registered address. Withdrawn members are not counted.
   */
  List<Member> samePerson(Coop coop, PersonName name, LocalDate born, EmailAddress email);

  /** The next serial for a new membership number, unique in the federation. */
  long nextNumberSerial();

  /**
   * One page of members of the given co-ops matching {@code query}, by reading (kana) then id. An
   * empty set of co-ops matches nobody.
   */
  List<Member> search(MemberQuery query, Set<String> coopCodes, int first, int max);

  long count(MemberQuery query, Set<String> coopCodes);

  List<Member> findByIds(Collection<Long> ids);

  void store(MemberImport memberImport);

  /** Earlier imports of the same file (by SHA-256) into the co-op, newest first. */
  List<MemberImport> importsOf(Coop coop, String sha256);
}
