package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/wallet/activate}, the seeds' Pokepay step done in one place: a code to the
 * member's email or phone, then the consent screen naming what the portal may do, with Allow and
 * Cancel. Allowing opens the wallet and credits what the enrollment prepaid.
 */
@Named
@ViewScoped
public class ActivationBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "activate";

  /** The panels, in the order of the step indicator. */
  public enum Panel {
    CHANNEL,
    CODE,
    CONSENT,
    DONE,
    ACTIVE,
    /** No membership in force: nothing to start. */
    NONE
  }

  @Inject private Wallets wallets;
  @Inject private ActiveMembership active;
  @Inject private DisplayFormat format;

  private MembershipView membership;
  private Panel panel = Panel.CHANNEL;
  private String channel = Wallets.Channel.EMAIL.name();
  private String code;
  private boolean adding;
  private Wallets.LoginMethods methods;

  @PostConstruct
  void load() {
    membership = active.getCurrentInForce();
    if (membership == null) {
      panel = Panel.NONE;
      return;
    }
    if (wallets.mine(membership.memberId()).status() != WalletStatus.INACTIVE) {
      panel = Panel.ACTIVE;
      methods = wallets.loginMethods(membership.memberId());
    }
  }

  /** After activation: adds the other channel as a login method, with a code like the first. */
  public void add(String other) {
    channel = other;
    adding = true;
    send();
  }

  public void send() {
    try {
      wallets.sendCode(membership.memberId(), Wallets.Channel.valueOf(channel), Visitor.locale());
      panel = Panel.CODE;
    } catch (ResendTooSoonException e) {
      panel = Panel.CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    } catch (InvalidValueException e) {
      Feedback.error(adding ? null : FORM + ":channel", "wallet.activate.noPhone");
      adding = false;
    }
  }

  public void confirm() {
    CodeCheck check =
        wallets.proveCode(
            membership.memberId(), Wallets.Channel.valueOf(channel), code, Visitor.ip());
    code = null;
    if (check.accepted() && adding) {
      adding = false;
      panel = Panel.ACTIVE;
      methods = wallets.loginMethods(membership.memberId());
      Feedback.info("wallet.login.added", Feedback.label("wallet.login." + channel));
    } else if (check.accepted()) {
      panel = Panel.CONSENT;
    } else {
      Feedback.error(FORM + ":code", "code." + check.name());
    }
  }

  public void allow() {
    try {
      wallets.activate(membership.memberId(), Visitor.ip());
      panel = Panel.DONE;
      methods = wallets.loginMethods(membership.memberId());
    } catch (WalletStateException e) {
      panel = Panel.CHANNEL;
      Feedback.error(null, "wallet.activate.again");
    }
  }

  public String cancel() {
    return "/member/wallet/index?faces-redirect=true";
  }

  public int getStepIndex() {
    return panel == Panel.NONE ? -1 : Math.min(panel.ordinal(), Panel.DONE.ordinal());
  }

  public Wallets.LoginMethods getMethods() {
    return methods;
  }

  public boolean isAdding() {
    return adding;
  }

  public Panel getPanel() {
    return panel;
  }

  public MembershipView getMembership() {
    return membership;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
