package org.kumiai.service.coop;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.WalletRules;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.StaffScope;

/**
 * A co-op's rules as its staff set them: the e-money points rates and charge limits. Only staff of
 * that co-op see or change them; every change is audited with the rules before and after.
 */
@Stateless
@RolesAllowed("STAFF")
public class CoopRules {

  @Inject private StaffScope scope;
  @Inject private CoopRepository coops;
  @Inject private StoreCache stores;
  @Inject private AuditTrail audit;
  @Resource private SessionContext context;

  public WalletRules walletRules(String coopCode) {
    scope.coop(coopCode);
    return coops.getCoop(coopCode).walletRules();
  }

  /**
   * Sets the co-op's e-money rules; charges and payments after the commit follow them (on other
   * servers of a cluster, after the minute {@link StoreCache} keeps a store). {@code seen} are the
   * rules the staff member's page showed: when another has changed them since, the save is refused
   * (STALE) instead of quietly putting back what that other changed.
   */
  public WalletRules changeWalletRules(
      String coopCode, WalletRules seen, WalletRules rules, String ip) {
    scope.coop(coopCode);
    // Two staff saving at once: the second waits, then finds the first's rules, not the ones seen.
    Coop coop =
        coops.findCoopForUpdate(coopCode).orElseThrow(() -> new CoopNotFoundException(coopCode));
    WalletRules before = coop.walletRules();
    if (before.equals(rules)) {
      return before;
    }
    if (!before.equals(seen)) {
      throw new InvalidValueException("rules", "STALE");
    }
    coop.walletRules(rules);
    coops.storesOf(coop).stream().map(Store::code).forEach(stores::forget);
    audit.record(
        AuditAction.WALLET_RULES_CHANGED,
        context.getCallerPrincipal().getName(),
        coopCode,
        ip,
        described(before) + " -> " + described(rules));
    return rules;
  }

  private static String described(WalletRules r) {
    return "points "
        + r.pointsBasisPoints()
        + " bp, books "
        + r.bookPointsBasisPoints()
        + " bp, charge max "
        + r.chargeMax()
        + ", balance max "
        + r.balanceMax();
  }
}
