package org.kumiai.web.wallet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.ActiveMembership;

/** The wallet's balances on the member home, for the membership chosen in the header. */
@Named
@RequestScoped
public class WalletSummary {

  @Inject private Wallets wallets;
  @Inject private ActiveMembership active;

  private WalletView wallet;

  /** The wallet of the active membership; null without an active membership. */
  public WalletView getWallet() {
    MembershipView m = active.getCurrentInForce();
    if (wallet == null && m != null) {
      wallet = wallets.mine(m.memberId());
    }
    return wallet;
  }

  public List<Purse> getPurses() {
    return Purse.MONEY;
  }
}
