package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;

/** Read-only questions about accounts, for security and the member pages. */
@Stateless
public class Accounts {

  @Inject private AccountRepository accounts;

  public Set<Role> rolesOf(String email) {
    return find(email).map(Account::roles).orElse(Set.of());
  }

  public Optional<AccountView> view(String email) {
    return find(email).map(AccountView::of);
  }

  private Optional<Account> find(String email) {
    try {
      return accounts.findByEmail(EmailAddress.parse(email));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
