package org.kumiai.web.wallet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.web.membership.ActiveMembership;

/**
 * {@code /member/wallet/history}: the history of the membership chosen in the header when the page
 * was opened; its next pages and its CSV stay that membership's even if the header is switched in
 * another tab meanwhile.
 */
@Named
@ViewScoped
public class HistoryBacking extends WalletHistoryView {

  private static final long serialVersionUID = 1L;

  @Inject private ActiveMembership active;

  private Long memberId;
  private boolean chosen;

  @Override
  Long memberId() {
    if (!chosen) {
      MembershipView m = active.getCurrentInForce();
      memberId = m == null ? null : m.memberId();
      chosen = true;
    }
    return memberId;
  }

  @Override
  String csvPath() {
    return "history.csv?member=" + (memberId() == null ? "" : memberId()) + "&";
  }
}
