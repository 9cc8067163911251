package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;

/**
 * The language to write to a member in when they are not on the site: their account's, or Japanese
 * for a membership no account has claimed yet.
 */
@ApplicationScoped
public class MemberLanguages {

  @Inject private AccountRepository accounts;

  public Locale of(long memberId) {
    return accounts.findByMember(memberId).map(Account::mailLanguage).orElse(Locale.JAPANESE);
  }
}
