package org.kumiai.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.coop.StoreView;
import org.kumiai.service.identity.AccountView;
import org.kumiai.service.identity.Accounts;
import org.kumiai.service.identity.StaffScope;

/** {@code /staff}: the staff member's home, the co-ops they work for and their stores. */
@Named
@RequestScoped
public class StaffHomeBacking {

  /** One of the staff member's co-ops with its stores. */
  public record CoopStores(CoopView coop, List<StoreView> stores) {}

  @Inject private StaffScope scope;
  @Inject private StoreDirectory directory;
  @Inject private Accounts accounts;
  @Inject private SecurityContext security;

  private List<CoopStores> coops;
  private AccountView account;

  public List<CoopStores> getCoops() {
    if (coops == null) {
      coops =
          scope.coops().stream().map(c -> new CoopStores(c, directory.storesOf(c.code()))).toList();
    }
    return coops;
  }

  public AccountView getAccount() {
    if (account == null) {
      account = accounts.view(security.getCallerPrincipal().getName()).orElseThrow();
    }
    return account;
  }
}
