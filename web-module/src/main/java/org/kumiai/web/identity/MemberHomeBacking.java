package org.kumiai.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.kumiai.service.identity.AccountView;
import org.kumiai.service.identity.Accounts;

/** {@code /member}: the signed-in member's home. */
@Named
@RequestScoped
public class MemberHomeBacking {

  @Inject private Accounts accounts;
  @Inject private SecurityContext security;

  private AccountView account;

  public AccountView getAccount() {
    if (account == null) {
      account = accounts.view(security.getCallerPrincipal().getName()).orElseThrow();
    }
    return account;
  }
}
