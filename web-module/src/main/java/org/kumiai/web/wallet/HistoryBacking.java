package org.kumiai.web.wallet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.web.membership.ActiveMembership;

/** {@code /member/wallet/history}: the history of the membership chosen in the header. */
@Named
@ViewScoped
public class HistoryBacking extends WalletHistoryView {

  private static final long serialVersionUID = 1L;

  @Inject private ActiveMembership active;

  @Override
  Long memberId() {
    MembershipView m = active.getCurrentInForce();
    return m == null ? null : m.memberId();
  }

  @Override
  String csvPath() {
    return "history.csv?";
  }
}
