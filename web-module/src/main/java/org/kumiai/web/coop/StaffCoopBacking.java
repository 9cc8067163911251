package org.kumiai.web.coop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.WalletRules;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.coop.CoopRules;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.TypedPercent;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/coop?code=CODE}: one of the staff member's co-ops, its e-money rules (points rates
 * in percent, charge limits in yen, each bad field named) and its stores. Another co-op's code
 * answers the not-found page, as a code that exists nowhere does.
 */
@Named
@ViewScoped
public class StaffCoopBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "walletRules";

  @Inject private StaffScope scope;
  @Inject private StoreDirectory directory;
  @Inject private CoopRules rules;

  private String code;
  private CoopView coop;
  private List<StoreCard> stores;
  private WalletRules walletRules;
  private final Map<String, String> typed = new LinkedHashMap<>();

  /** f:viewAction. */
  public void load() throws IOException {
    try {
      coop = scope.coop(code);
    } catch (CoopNotFoundException e) {
      notFound();
      return;
    }
    stores = directory.storesOf(coop.code()).stream().map(StoreCard::of).toList();
    show(rules.walletRules(coop.code()));
  }

  private void show(WalletRules shown) {
    walletRules = shown;
    typed.put("pointsRate", TypedPercent.of(shown.pointsBasisPoints()));
    typed.put("bookPointsRate", TypedPercent.of(shown.bookPointsBasisPoints()));
    typed.put("chargeMax", Long.toString(shown.chargeMax()));
    typed.put("balanceMax", Long.toString(shown.balanceMax()));
  }

  /** Another co-op's page, or one the staff member was taken off while it was open: 404. */
  private static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, "Not found");
    faces.responseComplete();
  }

  public void saveWalletRules() throws IOException {
    Optional<Integer> points =
        TypedPercent.read(typed.get("pointsRate"), FORM + ":pointsRate", "field.pointsRate");
    Optional<Integer> books =
        TypedPercent.read(
            typed.get("bookPointsRate"), FORM + ":bookPointsRate", "field.bookPointsRate");
    Optional<Long> charge =
        TypedAmount.read(typed.get("chargeMax"), FORM + ":chargeMax", "field.chargeMax");
    Optional<Long> balance =
        TypedAmount.read(typed.get("balanceMax"), FORM + ":balanceMax", "field.balanceMax");
    if (points.isEmpty() || books.isEmpty() || charge.isEmpty() || balance.isEmpty()) {
      return;
    }
    try {
      WalletRules wanted = new WalletRules(points.get(), books.get(), charge.get(), balance.get());
      boolean changed = !wanted.equals(walletRules);
      show(rules.changeWalletRules(coop.code(), walletRules, wanted, Visitor.ip()));
      Feedback.info(changed ? "staff.coop.rules.saved" : "staff.coop.rules.unchanged");
    } catch (InvalidValueException e) {
      if ("STALE".equals(e.reason())) {
        show(rules.walletRules(coop.code()));
        Feedback.error(null, "staff.coop.rules.stale");
        return;
      }
      Feedback.invalid(FORM, e);
    } catch (CoopNotFoundException e) {
      notFound();
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CoopView getCoop() {
    return coop;
  }

  public List<StoreCard> getStores() {
    return stores;
  }

  /** The rules as saved, for the facts shown above the form. */
  public WalletRules getWalletRules() {
    return walletRules;
  }

  /** The typed values by field name, bound from the page as {@code typed['chargeMax']}. */
  public Map<String, String> getTyped() {
    return typed;
  }

  /** A saved rate as the page shows it, in percent. */
  public String percent(int basisPoints) {
    return TypedPercent.of(basisPoints);
  }
}
