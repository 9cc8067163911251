package org.kumiai.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.identity.PasswordHasher;

/** Links memberships to the {@link AsMember} account, in a transaction of its own. */
@Stateless
@PermitAll
public class MemberAccountLinks {

  @Inject AccountRepository accounts;
  @Inject Clock clock;
  @Inject PasswordHasher hasher;

  public void link(long memberId) {
    Account account =
        accounts
            .findByEmail(EmailAddress.parse(AsMember.EMAIL))
            .orElseGet(
                () -> {
                  Account created =
                      new Account(EmailAddress.parse(AsMember.EMAIL), clock.instant());
                  accounts.store(created);
                  return created;
                });
    account.linkMembership(memberId);
  }

  /**
   * Adds a membership to the existing account at {@code email} (a staff member's), or takes it off.
   */
  public void holdAlso(String email, long memberId, boolean held) {
    Account account = accounts.findByEmail(EmailAddress.parse(email)).orElseThrow();
    if (held) {
      account.linkMembership(memberId);
    } else {
      account.unlinkMembership(memberId, clock.instant());
    }
  }

  /** Links a membership to an account of its own at {@code email}, not the test account. */
  public void linkTo(String email, long memberId) {
    Account account = new Account(EmailAddress.parse(email), clock.instant());
    account.linkMembership(memberId);
    accounts.store(account);
  }

  /** A sign-up at {@code email} that holds no membership (a prospective student's). */
  public void signUp(String email) {
    accounts.store(new Account(EmailAddress.parse(email), clock.instant()));
  }

  /** The address of the sign-in that holds the membership, if one does. */
  public Optional<String> heldBy(long memberId) {
    return accounts.findByMember(memberId).map(a -> a.email().value());
  }

  /** Whether a session of {@code email}'s sign-in begun at {@code signedInAt} has been ended. */
  public boolean sessionEnded(String email, Instant signedInAt) {
    return accounts.findByEmail(EmailAddress.parse(email)).orElseThrow().sessionEnded(signedInAt);
  }

  /** Gives the test account a password, for signing in. */
  public void givePassword(String password) {
    accounts
        .findByEmail(EmailAddress.parse(AsMember.EMAIL))
        .orElseThrow()
        .choosePassword(hasher.hash(password), "試験", "花子");
  }

  /** Gives the test account a verified phone, for the SMS channel. */
  public void givePhone(String e164) {
    accounts
        .findByEmail(EmailAddress.parse(AsMember.EMAIL))
        .orElseThrow()
        .verifyPhone(org.kumiai.domain.shared.PhoneNumber.parse(e164), clock.instant());
  }
}
