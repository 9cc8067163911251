package org.kumiai.domain.membership;

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

  /** The next serial for a new membership number, unique in the federation. */
  long nextNumberSerial();

  /**
   * One page of members of the given co-ops matching {@code query}, by reading (kana) then id. An
   * empty set of co-ops matches nobody.
   */
  List<Member> search(MemberQuery query, Set<String> coopCodes, int first, int max);

  long count(MemberQuery query, Set<String> coopCodes);

  List<Member> findByIds(Collection<Long> ids);
}
