package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/wallet/}: the wallet of the membership chosen in the header — its status, every
 * purse's balance and points, the linked IC card — and the member's own emergency stop.
 */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Wallets wallets;
  @Inject private ActiveMembership active;

  private MembershipView membership;
  private WalletView wallet;

  @PostConstruct
  void load() {
    membership = active.getCurrent();
    wallet = membership == null ? null : wallets.mine(membership.memberId());
  }

  public void suspend() {
    try {
      wallet = wallets.suspend(membership.memberId(), Visitor.ip());
      Feedback.info("wallet.suspended");
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public List<Purse> getPurses() {
    return Purse.MONEY;
  }

  public MembershipView getMembership() {
    return membership;
  }

  public WalletView getWallet() {
    return wallet;
  }
}
