package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.coop.StoreView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.wallet.Counter;
import org.kumiai.service.wallet.CounterPayment;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.FormKey;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/register}, the counter screen: read the member's IC card (or the card page's code),
 * see the wallet, take cash and charge it into a purse, or take a payment from the purses as a
 * register would.
 */
@Named
@ViewScoped
public class StaffRegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "register";

  @Inject private Counter counter;
  @Inject private StaffScope scope;
  @Inject private StoreDirectory directory;

  private List<StoreView> stores;
  private String storeCode;
  private String type = "IC_CARD";
  private String credential;
  private String purse = Purse.BASE.name();
  private String amount;
  private final FormKey key = new FormKey();
  private String category = Category.FOOD.name();
  private String payAmount;
  private final FormKey payKey = new FormKey();
  private WalletView wallet;
  private CounterPayment paid;

  @PostConstruct
  void load() {
    stores = scope.coops().stream().flatMap(c -> directory.storesOf(c.code()).stream()).toList();
    if (!stores.isEmpty()) {
      storeCode = stores.get(0).code();
    }
  }

  public void find() {
    paid = null;
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
    Optional<Long> yen = TypedAmount.read(amount, FORM + ":amount", "field.amount");
    if (yen.isEmpty()) {
      return;
    }
    try {
      wallet =
          counter.cash(
              storeCode,
              type,
              credential,
              purse,
              yen.get(),
              key.submitted(FORM + ":key"),
              Visitor.ip());
      Feedback.info("register.charged", yen.get(), Feedback.label("purse." + purse));
      key.renew();
      amount = null;
      paid = null;
    } catch (InvalidValueException e) {
      if ("ALREADY_CHARGED".equals(e.reason())) {
        key.renew();
      }
      refused(e, "amount");
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void pay() {
    Optional<Long> yen = TypedAmount.read(payAmount, FORM + ":payAmount", "field.amount");
    if (yen.isEmpty()) {
      return;
    }
    try {
      paid =
          counter.pay(
              storeCode,
              type,
              credential,
              category,
              yen.get(),
              payKey.submitted(FORM + ":payKey"),
              Visitor.ip());
      wallet = counter.find(storeCode, type, credential);
      if (paid.repeated()) {
        Feedback.info("register.paid.again", paid.paymentId());
      } else {
        Feedback.info("register.paid", paid.amount().value(), paid.paymentId());
      }
      payKey.renew();
      payAmount = null;
    } catch (InvalidValueException e) {
      refused(e, "payAmount");
    } catch (InsufficientFundsException e) {
      Feedback.error(FORM + ":payAmount", "register.declined.INSUFFICIENT_FUNDS");
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  /** Names the field; the amount is {@code amountField} (the charge's or the payment's). */
  private void refused(InvalidValueException e, String amountField) {
    if ("credential".equals(e.field())) {
      Feedback.error(FORM + ":credential", "register.credential." + e.reason());
    } else if ("amount".equals(e.field())) {
      Feedback.error(
          FORM + ":" + amountField, "invalid." + e.reason(), Feedback.label("field.amount"));
    } else {
      Feedback.invalid(FORM, e);
    }
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public FormKey getKey() {
    return key;
  }

  public FormKey getPayKey() {
    return payKey;
  }

  public CounterPayment getPaid() {
    return paid;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPayAmount() {
    return payAmount;
  }

  public void setPayAmount(String payAmount) {
    this.payAmount = payAmount;
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
