package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.EmailAddress;

/**
 * The one check every member page's service makes: the membership asked for is one the signed-in
 * account holds. Anyone else's answers exactly like one that does not exist.
 */
@ApplicationScoped
public class OwnMemberships {

  @Inject private AccountRepository accounts;
  @Inject private MemberRepository members;

  /** The caller's membership {@code memberId}; MemberNotFoundException otherwise. */
  public Member get(String callerEmail, long memberId) {
    return members
        .find(memberId)
        .filter(m -> holds(callerEmail, m.id()))
        .orElseThrow(() -> new MemberNotFoundException(memberId));
  }

  /** Whether the signed-in account holds membership {@code memberId}. */
  public boolean holds(String callerEmail, long memberId) {
    return accounts
        .findByEmail(EmailAddress.parse(callerEmail))
        .map(Account::memberIds)
        .orElse(Set.of())
        .contains(memberId);
  }
}
