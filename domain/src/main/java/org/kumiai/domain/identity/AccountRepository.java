package org.kumiai.domain.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.shared.EmailAddress;

/** Accounts, found by the address they sign in with. */
public interface AccountRepository {

  void store(Account account);

  Optional<Account> findByEmail(EmailAddress email);

  /** The account a membership is linked to, locked for a change, if it has signed up. */
  Optional<Account> findByMemberForUpdate(long memberId);

  /** The account locked against a concurrent change until the transaction ends. */
  Optional<Account> findByEmailForUpdate(EmailAddress email);

  /** Accounts holding any of {@code roles}, by address. */
  List<Account> withAnyRole(Set<Role> roles);

  /** The account a membership is linked to, if it has signed up; for reading only. */
  Optional<Account> findByMember(long memberId);
}
