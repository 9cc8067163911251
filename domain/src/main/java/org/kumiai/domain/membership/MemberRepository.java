package org.kumiai.domain.membership;

import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.shared.EmailAddress;

/** Members of every co-op in the federation. */
public interface MemberRepository {

  void store(Member member);

  Optional<Member> findByNumber(MembershipNumber number);

  /** Every membership registered with this address: one person may hold several. */
  List<Member> findByEmail(EmailAddress email);

  long countIn(Coop coop);

  /** The next serial for a new membership number, unique in the federation. */
  long nextNumberSerial();
}
