package org.kumiai.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
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

  /** Links a membership to an account of its own at {@code email}, not the test account. */
  public void linkTo(String email, long memberId) {
    Account account = new Account(EmailAddress.parse(email), clock.instant());
    account.linkMembership(memberId);
    accounts.store(account);
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
