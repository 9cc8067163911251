package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.Transfers;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.FormKey;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/wallet/transfer} (マネー移動): base money into the cafeteria or textbook purse, and
 * points exchanged for base money.
 */
@Named
@ViewScoped
public class TransferBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "transfer";
  private static final String EXCHANGE = "exchange";

  @Inject private Transfers transfers;
  @Inject private Wallets wallets;
  @Inject private ActiveMembership active;

  private MembershipView membership;
  private WalletView wallet;
  private String to = Purse.CAFETERIA.name();
  private String amount;
  private String points;
  private final FormKey key = new FormKey();
  private final FormKey exchangeKey = new FormKey();

  @PostConstruct
  void load() {
    membership = active.getCurrentInForce();
    wallet = membership == null ? null : wallets.mine(membership.memberId());
  }

  public void move() {
    TypedAmount.read(amount, FORM + ":amount", "field.amount")
        .ifPresent(
            yen ->
                submit(
                    FORM,
                    key,
                    k -> transfers.transfer(membership.memberId(), k, to, yen, Visitor.ip()),
                    () -> {
                      Feedback.info("transfer.done", yen, Feedback.label("purse." + to));
                      amount = null;
                    }));
  }

  public void exchange() {
    TypedAmount.read(points, EXCHANGE + ":points", "field.points")
        .ifPresent(
            typed ->
                submit(
                    EXCHANGE,
                    exchangeKey,
                    k -> transfers.exchangePoints(membership.memberId(), k, typed, Visitor.ip()),
                    () -> {
                      Feedback.info("transfer.exchanged", typed);
                      points = null;
                    }));
  }

  /**
   * Sends one of the page's forms under its key, which is renewed once the move is made, or when
   * the form sent again with another amount is refused as ALREADY_MOVED.
   */
  private void submit(
      String form, FormKey formKey, Function<String, WalletView> send, Runnable done) {
    try {
      wallet = send.apply(formKey.submitted(form + ":key"));
      done.run();
      formKey.renew();
    } catch (InvalidValueException e) {
      if ("ALREADY_MOVED".equals(e.reason())) {
        formKey.renew();
      }
      Feedback.invalid(form, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public List<Purse> getTargets() {
    return List.of(Purse.CAFETERIA, Purse.TEXTBOOK);
  }

  public FormKey getKey() {
    return key;
  }

  public FormKey getExchangeKey() {
    return exchangeKey;
  }

  public String getPoints() {
    return points;
  }

  public void setPoints(String points) {
    this.points = points;
  }

  public WalletView getWallet() {
    return wallet;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }
}
