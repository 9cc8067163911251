package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.wallet.KonbiniSlip;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.KonbiniCharges;
import org.kumiai.service.wallet.SlipView;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/wallet/}: the wallet of the membership chosen in the header — its status, every
 * purse's balance and points, its recent convenience-store slips, the linked IC card — and the
 * member's own emergency stop.
 */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SLIPS_SHOWN = 5;

  @Inject private Wallets wallets;
  @Inject private ActiveMembership active;
  @Inject private KonbiniCharges konbini;

  private MembershipView membership;
  private MembershipView looked;
  private WalletView wallet;
  private List<SlipView> slips = List.of();

  @PostConstruct
  void load() {
    looked = active.getCurrent();
    membership = active.getCurrentInForce();
    wallet = membership == null ? null : wallets.mine(membership.memberId());
    if (wallet != null) {
      // A reissued slip's number no longer pays; the member needs only the one that replaced it.
      slips =
          konbini.mine(membership.memberId()).stream()
              .filter(s -> s.status() != KonbiniSlip.Status.VOIDED)
              .limit(SLIPS_SHOWN)
              .toList();
    }
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

  /** The newest slips still payable or already settled, newest first. */
  public List<SlipView> getSlips() {
    return slips;
  }

  /** The membership chosen in the header, in force or not (to say why there is no wallet). */
  public MembershipView getLooked() {
    return looked;
  }

  public MembershipView getMembership() {
    return membership;
  }

  public WalletView getWallet() {
    return wallet;
  }
}
