package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.wallet.KonbiniChain;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.ChargeOutcome;
import org.kumiai.service.wallet.Charges;
import org.kumiai.service.wallet.KonbiniCharges;
import org.kumiai.service.wallet.SlipView;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.payment.CardEntry;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedAmount;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/wallet/charge} (自分チャージ): the amount built from the preset buttons or typed, the
 * purse, then the card. The charge's key is made when the page opens, so pressing "charge" twice,
 * or again after no answer, is one charge.
 */
@Named
@ViewScoped
public class ChargeBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "charge";

  /** The seeds' preset buttons. */
  private static final List<Integer> PRESETS =
      List.of(1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 50_000, 100_000);

  /** The panels of this page. */
  public enum Panel {
    AMOUNT,
    CARD,
    KONBINI,
    DONE,
    SLIP,
    NOT_ACTIVE
  }

  @Inject private Charges charges;
  @Inject private KonbiniCharges konbini;
  @Inject private Wallets wallets;
  @Inject private ActiveMembership active;
  @Inject private DisplayFormat format;

  private MembershipView membership;
  private WalletView wallet;
  private Panel panel = Panel.AMOUNT;
  private String amount = "";
  private String purse = Purse.BASE.name();
  private String chargeKey = UUID.randomUUID().toString();

  /** The amount of a charge the acquirer did not answer: its key is only retried for it. */
  private Long unanswered;

  private final CardEntry card = new CardEntry();
  private ChargeOutcome outcome;
  private String method = "CARD";
  private String chain;
  private final Map<String, String> payer = new HashMap<>();
  private SlipView slip;

  @PostConstruct
  void load() {
    membership = active.getCurrentInForce();
    if (membership == null) {
      panel = Panel.NOT_ACTIVE;
      return;
    }
    wallet = wallets.mine(membership.memberId());
    if (wallet.status() != WalletStatus.ACTIVE) {
      panel = Panel.NOT_ACTIVE;
    }
  }

  public void add(int yen) {
    long now = typedAmount().orElse(0L);
    amount = Long.toString(Math.min(now + yen, 10_000_000L));
  }

  public void clear() {
    amount = "";
  }

  public void next() {
    Optional<Long> typed = TypedAmount.read(amount, FORM + ":amount", "field.amount");
    if (typed.isEmpty()) {
      return;
    }
    try {
      charges.check(membership.memberId(), chargeKey, purse, typed.get());
      panel = "KONBINI".equals(method) ? Panel.KONBINI : Panel.CARD;
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void back() {
    panel = Panel.AMOUNT;
  }

  public void pay() {
    long typed = typedAmount().orElse(0L);
    if (unanswered != null && unanswered != typed) {
      // The first charge may have gone through: it is settled by asking again for its amount.
      Feedback.error(null, "charge.unanswered", format.yen(unanswered));
      card.forgetSecrets();
      return;
    }
    try {
      outcome =
          charges.byCard(
              membership.memberId(),
              chargeKey,
              purse,
              typed,
              card.getNumber(),
              card.getExpiry(),
              card.getCode(),
              card.getBirthday(),
              Visitor.locale(),
              Visitor.ip());
      switch (outcome.result()) {
        case CHARGED -> {
          unanswered = null;
          wallet = outcome.wallet();
          panel = Panel.DONE;
        }
        case DECLINED -> {
          // The next card is a new charge at the gateway.
          unanswered = null;
          chargeKey = UUID.randomUUID().toString();
          CardEntry.declined(outcome.declineReason());
        }
        case TIMEOUT -> {
          unanswered = typed;
          Feedback.error(null, "charge.timeout");
        }
      }
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (InvalidValueException e) {
      panel = Panel.AMOUNT;
      Feedback.invalid(FORM, e);
    } catch (WalletStateException e) {
      // Suspended (or not yet started) between the amount and the card: nothing was charged.
      Feedback.error(null, "wallet.state." + e.status());
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    } finally {
      card.forgetSecrets();
    }
  }

  /** A convenience-store slip for this charge; asking again voids the one before. */
  public void issueSlip() {
    try {
      slip =
          konbini.issue(
              membership.memberId(),
              chargeKey,
              purse,
              typedAmount().orElse(0L),
              chain,
              new KonbiniCharges.Payer(
                  payer.get("payerName"),
                  payer.get("payerKana"),
                  payer.get("payerEmail"),
                  payer.get("payerPhone")),
              Visitor.locale());
      panel = Panel.SLIP;
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (InvalidValueException e) {
      panel = Panel.AMOUNT;
      Feedback.invalid(FORM, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  private Optional<Long> typedAmount() {
    return TypedAmount.parse(amount);
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getChain() {
    return chain;
  }

  public void setChain(String chain) {
    this.chain = chain;
  }

  public Map<String, String> getPayer() {
    return payer;
  }

  public SlipView getSlip() {
    return slip;
  }

  public List<SelectItem> getChains() {
    return Arrays.stream(KonbiniChain.values())
        .map(c -> new SelectItem(c.name(), Feedback.label("konbini.chain." + c.name())))
        .toList();
  }

  public List<Integer> getPresets() {
    return PRESETS;
  }

  public List<Purse> getPurses() {
    return List.of(Purse.BASE, Purse.CAFETERIA, Purse.TEXTBOOK);
  }

  public Panel getPanel() {
    return panel;
  }

  public WalletView getWallet() {
    return wallet;
  }

  public ChargeOutcome getOutcome() {
    return outcome;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  /** The typed amount as yen, for the button's label; 0 when it is not a number. */
  public long getAmountYen() {
    return typedAmount().orElse(0L);
  }

  public String getPurse() {
    return purse;
  }

  public void setPurse(String purse) {
    this.purse = purse;
  }

  public CardEntry getCard() {
    return card;
  }
}
