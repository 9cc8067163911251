package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.coop.StoreView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.wallet.CounterCharges;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/register}, the counter screen: read the member's IC card (or the card page's code),
 * see the wallet, take cash and charge it into a purse.
 */
@Named
@ViewScoped
public class StaffRegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "register";

  @Inject private CounterCharges counter;
  @Inject private StaffScope scope;
  @Inject private StoreDirectory directory;

  private List<StoreView> stores;
  private String storeCode;
  private String type = "IC_CARD";
  private String credential;
  private String purse = Purse.BASE.name();
  private String amount;
  private String key = UUID.randomUUID().toString();
  private WalletView wallet;

  @PostConstruct
  void load() {
    stores = scope.coops().stream().flatMap(c -> directory.storesOf(c.code()).stream()).toList();
    if (!stores.isEmpty()) {
      storeCode = stores.get(0).code();
    }
  }

  public void find() {
    try {
      wallet = counter.find(storeCode, type, credential);
    } catch (InvalidValueException e) {
      wallet = null;
      Feedback.error(FORM + ":credential", "register.credential." + e.reason());
    } catch (CoopNotFoundException e) {
      Feedback.error(FORM + ":store", "invalid.NOT_CHOSEN", Feedback.label("field.store"));
    }
  }

  public void cash() {
    String digits =
        Normalizer.normalize(amount == null ? "" : amount, Normalizer.Form.NFKC)
            .replaceAll("[\\s,¥円]", "");
    if (!digits.matches("\\d{1,8}")) {
      Feedback.error(FORM + ":amount", "invalid.NOT_DIGITS", Feedback.label("field.amount"));
      return;
    }
    try {
      wallet =
          counter.cash(
              storeCode, type, credential, purse, Long.parseLong(digits), key, Visitor.ip());
      Feedback.info("register.charged", Long.parseLong(digits), Feedback.label("purse." + purse));
      key = UUID.randomUUID().toString();
      amount = null;
    } catch (InvalidValueException e) {
      if ("credential".equals(e.field())) {
        Feedback.error(FORM + ":credential", "register.credential." + e.reason());
      } else {
        Feedback.invalid(FORM, e);
      }
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public List<Purse> getPurses() {
    return List.of(Purse.BASE, Purse.CAFETERIA, Purse.TEXTBOOK);
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

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }

  public String getPurse() {
    return purse;
  }

  public void setPurse(String purse) {
    this.purse = purse;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public WalletView getWallet() {
    return wallet;
  }
}
