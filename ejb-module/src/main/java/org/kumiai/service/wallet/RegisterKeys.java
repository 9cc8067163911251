package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.wallet.Register;
import org.kumiai.domain.wallet.RegisterRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;

/**
 * Register API keys ({@link RegisterKey}): issued per register by staff of the store's co-op and
 * shown once, revocable. {@link RegisterCallers} tells the API which register is calling.
 */
@Stateless
public class RegisterKeys {

  @Inject private RegisterRepository registers;
  @Inject private CoopRepository coops;
  @Inject private StaffScope scope;
  @Inject private RegisterKeyCache cache;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * A new register of one of the caller's stores, or a new key for one whose key was revoked;
   * returns the key, shown this once.
   */
  @RolesAllowed("STAFF")
  public String issue(String storeCode, String registerCode, String ip) {
    Store store =
        coops.findStore(storeCode).orElseThrow(() -> new CoopNotFoundException(storeCode));
    scope.coop(store.coop().code());
    String code = TypedText.required("registerCode", registerCode, 32);
    Optional<Register> existing =
        registers.ofStores(List.of(store.code())).stream()
            .filter(r -> r.registerCode().equals(code))
            .findFirst();
    // Locked before the live check: of two staff re-keying it at once, the second finds it live
    // instead of replacing the key the first was just shown.
    Optional<Register> locked = existing.flatMap(r -> registers.findForUpdate(r.id()));
    if (locked.isPresent() && locked.get().live()) {
      throw new InvalidValueException("registerCode", "TAKEN");
    }
    String issuer = context.getCallerPrincipal().getName();
    String key;
    if (locked.isPresent()) {
      RegisterKey made = RegisterKey.generate();
      locked.get().rekey(made.prefix(), made.hash(), issuer, clock.instant());
      key = made.text();
    } else {
      key = issueKey(store.code(), code, issuer);
    }
    audit.record(
        AuditAction.REGISTER_KEY_ISSUED,
        issuer,
        store.code() + "/" + code,
        ip,
        existing.isPresent() ? "a new key after revocation" : null);
    return key;
  }

  /** For tests: a register with a fresh key, without a staff caller. */
  @PermitAll
  public String issueForDemo(String storeCode, String registerCode) {
    return issueKey(storeCode, registerCode, "demo");
  }

  /**
   * Demo mode only: a register with a key published in README, so registers can be tried out.
   * Production never calls this.
   */
  @PermitAll
  public void issuePublishedKey(String storeCode, String registerCode, String key) {
    RegisterKey published = new RegisterKey(key);
    registers.store(
        new Register(
            storeCode,
            registerCode,
            published.prefix(),
            published.hash(),
            "demo",
            clock.instant()));
  }

  /** Refused as TAKEN when another issue of the same code committed since the caller looked. */
  private String issueKey(String storeCode, String registerCode, String issuer) {
    RegisterKey made = RegisterKey.generate();
    if (!registers.storeIfFree(
        new Register(
            storeCode, registerCode, made.prefix(), made.hash(), issuer, clock.instant()))) {
      throw new InvalidValueException("registerCode", "TAKEN");
    }
    return made.text();
  }

  @RolesAllowed("STAFF")
  public void revoke(long registerId, String ip) {
    Register register =
        registers.find(registerId).orElseThrow(() -> new CoopNotFoundException("register"));
    Store store = coops.findStore(register.storeCode()).orElseThrow();
    scope.coop(store.coop().code());
    register.revoke(clock.instant());
    cache.forget(register.keyPrefix());
    audit.record(
        AuditAction.REGISTER_KEY_REVOKED,
        context.getCallerPrincipal().getName(),
        register.storeCode() + "/" + register.registerCode(),
        ip,
        null);
  }

  @RolesAllowed("STAFF")
  public List<RegisterView> mine() {
    List<String> stores =
        scope.coops().stream()
            .map(CoopView::code)
            .flatMap(c -> coops.storesOf(coops.getCoop(c)).stream())
            .map(Store::code)
            .toList();
    return registers.ofStores(stores).stream().map(RegisterView::of).toList();
  }
}
