package org.kumiai.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;

/**
 * Which co-ops the signed-in staff member works for. Every staff page asks here before showing a
 * co-op's data; another co-op answers exactly like a co-op that does not exist, so staff cannot
 * even learn which codes are in use elsewhere.
 */
@Stateless
@RolesAllowed("STAFF")
public class StaffScope {

  @Inject private AccountRepository accounts;
  @Inject private StoreDirectory directory;
  @Resource private SessionContext context;

  /** The caller's co-ops, by code. */
  public List<CoopView> coops() {
    Set<String> mine = codes();
    return directory.coops().stream().filter(c -> mine.contains(c.code())).toList();
  }

  /** The co-op if the caller works for it; CoopNotFoundException otherwise. */
  public CoopView coop(String code) {
    if (code == null || !codes().contains(code)) {
      throw new CoopNotFoundException(code);
    }
    return directory.findCoop(code).orElseThrow(() -> new CoopNotFoundException(code));
  }

  private Set<String> codes() {
    return accounts
        .findByEmail(EmailAddress.parse(context.getCallerPrincipal().getName()))
        .map(Account::coopCodes)
        .orElse(Set.of());
  }
}
