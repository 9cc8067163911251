package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.coop.StoreView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.wallet.RegisterKeys;
import org.kumiai.service.wallet.RegisterView;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/registers}: the registers of the staff member's stores and their API keys. A new
 * key is shown once, right after it is issued; only its prefix stays visible. Revoking stops the
 * register at once on this server, within a minute on the others.
 */
@Named
@ViewScoped
public class StaffRegistersBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "registers";

  @Inject private RegisterKeys keys;
  @Inject private StaffScope scope;
  @Inject private StoreDirectory directory;

  private List<RegisterView> registers;
  private List<StoreView> stores;
  private String storeCode;
  private String registerCode;
  private String issuedKey;

  @PostConstruct
  void load() {
    registers = keys.mine();
    stores = scope.coops().stream().flatMap(c -> directory.storesOf(c.code()).stream()).toList();
  }

  public void issue() {
    try {
      issuedKey = keys.issue(storeCode, registerCode, Visitor.ip());
      Feedback.info("registers.issued", storeCode, registerCode);
      registerCode = null;
      load();
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (CoopNotFoundException e) {
      Feedback.error(FORM + ":store", "invalid.NOT_CHOSEN", Feedback.label("field.store"));
    }
  }

  public void revoke(long id) {
    keys.revoke(id, Visitor.ip());
    issuedKey = null;
    Feedback.info("registers.revoked");
    load();
  }

  public List<RegisterView> getRegisters() {
    return registers;
  }

  public List<StoreView> getStores() {
    return stores;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }

  public String getRegisterCode() {
    return registerCode;
  }

  public void setRegisterCode(String registerCode) {
    this.registerCode = registerCode;
  }

  public String getIssuedKey() {
    return issuedKey;
  }
}
