package org.kumiai.web.wallet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.wallet.WalletView;
import org.kumiai.service.wallet.Wallets;
import org.kumiai.web.membership.StaffMemberBacking;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * The wallet tab of {@code /staff/member?id=}: balances and status, resuming a suspended wallet
 * after an identity check (with the reason, audited), and linking or unlinking an IC card.
 */
@Named
@ViewScoped
public class StaffWalletBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int TAB = 4;

  @Inject private Wallets wallets;
  @Inject private StaffMemberBacking member;

  private WalletView wallet;
  private String reason;
  private String cardUid;

  public WalletView getWallet() {
    if (wallet == null && member.getMemberId() > 0) {
      try {
        wallet = wallets.ofMember(member.getMemberId());
      } catch (MemberNotFoundException e) {
        return null;
      }
    }
    return wallet;
  }

  public void resume() {
    member.setActiveTab(TAB);
    try {
      wallet = wallets.resume(member.getMemberId(), reason, Visitor.ip());
      reason = null;
      Feedback.info("staffWallet.resumed");
    } catch (InvalidValueException e) {
      Feedback.invalid("tabs:walletResume", e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public void linkCard() {
    member.setActiveTab(TAB);
    try {
      wallet = wallets.linkCard(member.getMemberId(), cardUid, Visitor.ip());
      cardUid = null;
      Feedback.info("staffWallet.linked");
    } catch (InvalidValueException e) {
      Feedback.invalid("tabs:walletCard", e);
    }
  }

  public void unlinkCard() {
    member.setActiveTab(TAB);
    wallet = wallets.unlinkCard(member.getMemberId(), Visitor.ip());
    Feedback.info("staffWallet.unlinked");
  }

  public List<Purse> getPurses() {
    return List.of(Purse.BASE, Purse.CAFETERIA, Purse.TEXTBOOK, Purse.MEAL, Purse.POINTS);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCardUid() {
    return cardUid;
  }

  public void setCardUid(String cardUid) {
    this.cardUid = cardUid;
  }
}
