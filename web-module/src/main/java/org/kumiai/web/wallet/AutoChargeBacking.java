package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.wallet.AutoCharge;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.AutoCharges;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.payment.CardEntry;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/wallet/auto}: the auto-charge (below a threshold, charge a fixed amount or top up
 * to a target with a saved card) and the low-balance alert.
 */
@Named
@ViewScoped
public class AutoChargeBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "auto";
  private static final String ALERT = "alert";

  @Inject private AutoCharges autoCharges;
  @Inject private ActiveMembership active;
  @Inject private DisplayFormat format;

  private MembershipView membership;
  private AutoCharges.Settings settings;
  private String purse = Purse.CAFETERIA.name();
  private String mode = AutoCharge.Mode.FIXED.name();
  private String threshold;
  private String amount;
  private String alertThreshold;
  private final CardEntry card = new CardEntry();

  @PostConstruct
  void load() {
    membership = active.getCurrentInForce();
    if (membership == null) {
      return;
    }
    try {
      settings = autoCharges.of(membership.memberId());
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
      return;
    }
    if (settings.status() != null) {
      purse = settings.purse().name();
      mode = settings.mode().name();
      threshold = Long.toString(settings.threshold().value());
      amount = Long.toString(settings.amount().value());
    }
    if (settings.alertThreshold() != null) {
      alertThreshold = Long.toString(settings.alertThreshold().value());
    }
  }

  public void save() {
    Optional<Long> below = TypedAmount.read(threshold, FORM + ":threshold", "field.threshold");
    Optional<Long> yen = TypedAmount.read(amount, FORM + ":autoAmount", "field.autoAmount");
    if (below.isEmpty() || yen.isEmpty()) {
      return;
    }
    try {
      settings =
          autoCharges.set(
              membership.memberId(),
              purse,
              mode,
              below.get(),
              yen.get(),
              card.getNumber(),
              card.getExpiry(),
              card.getCode(),
              card.getBirthday(),
              Visitor.ip());
      Feedback.info("auto.saved", settings.cardLast4());
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    } finally {
      card.forgetSecrets();
    }
  }

  // The wallet may have been suspended (or closed) in another tab since this page opened.
  public void turnOff() {
    try {
      settings = autoCharges.turnOff(membership.memberId(), Visitor.ip());
      Feedback.info("auto.off");
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void saveAlert() {
    Optional<Long> below =
        TypedAmount.read(alertThreshold, ALERT + ":alertThreshold", "field.alertThreshold");
    if (below.isEmpty()) {
      return;
    }
    try {
      settings = autoCharges.alert(membership.memberId(), below.get());
      Feedback.info("auto.alert.saved", below.get());
    } catch (InvalidValueException e) {
      Feedback.invalid(ALERT, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void removeAlert() {
    try {
      settings = autoCharges.alert(membership.memberId(), null);
      alertThreshold = null;
      Feedback.info("auto.alert.removed");
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public List<Purse> getPurses() {
    return List.of(Purse.CAFETERIA, Purse.BASE, Purse.TEXTBOOK);
  }

  public List<AutoCharge.Mode> getModes() {
    return List.of(AutoCharge.Mode.values());
  }

  public AutoCharges.Settings getSettings() {
    return settings;
  }

  public CardEntry getCard() {
    return card;
  }

  public String getPurse() {
    return purse;
  }

  public void setPurse(String purse) {
    this.purse = purse;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getThreshold() {
    return threshold;
  }

  public void setThreshold(String threshold) {
    this.threshold = threshold;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getAlertThreshold() {
    return alertThreshold;
  }

  public void setAlertThreshold(String alertThreshold) {
    this.alertThreshold = alertThreshold;
  }
}
