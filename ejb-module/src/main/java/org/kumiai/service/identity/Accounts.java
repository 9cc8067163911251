package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;

/** Questions about accounts for security and the member pages, and the end of their sessions. */
@Stateless
public class Accounts {

  @Inject private AccountRepository accounts;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public Set<Role> rolesOf(String email) {
    return find(email).map(Account::roles).orElse(Set.of());
  }

  public Optional<AccountView> view(String email) {
    return find(email).map(AccountView::of);
  }

  /** Whether every session of this account signed in at or before {@code signedInAt} ended. */
  public boolean sessionEnded(String email, Instant signedInAt) {
    return find(email).map(a -> a.sessionEnded(signedInAt)).orElse(true);
  }

  /** "Sign out of every session": each server sees it at the session's next request. */
  public void endAllSessions(String email, String ip) {
    Account account = accounts.findByEmailForUpdate(EmailAddress.parse(email)).orElseThrow();
    account.endAllSessions(clock.instant());
    audit.record(AuditAction.ALL_SESSIONS_ENDED, email, email, ip, "from the account page");
  }

  /**
   * The language the person reads the portal in now (at sign-in, and when they switch it), kept for
   * the mails that reach them while they are away.
   */
  public void keepLanguage(String email, Locale language) {
    find(email)
        .filter(a -> !a.mailLanguage().getLanguage().equals(language.getLanguage()))
        .ifPresent(a -> a.readsIn(language));
  }

  /** A session ended by signing out, by the idle timeout, or because all were ended. */
  public void recordSessionEnded(String email, String how, String ip) {
    audit.record(AuditAction.SESSION_ENDED, email, email, ip, how);
  }

  private Optional<Account> find(String email) {
    try {
      return accounts.findByEmail(EmailAddress.parse(email));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
