package org.kumiai.web.wallet;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.service.membership.MemberDirectory;
import org.kumiai.service.membership.MemberRow;

/**
 * {@code /staff/wallet/history?member=}: a member's wallet history for staff, opened from the
 * member page's wallet tab. Whose it may be is the service's check (the staff member's co-ops).
 */
@Named
@ViewScoped
public class StaffHistoryBacking extends WalletHistoryView {

  private static final long serialVersionUID = 1L;

  @Inject private MemberDirectory directory;

  private Long member;
  private boolean read;
  private MemberRow who;

  /** From the page's address, read once: the view keeps it for the filter's postbacks. */
  @Override
  Long memberId() {
    if (!read) {
      member =
          HistoryFilters.memberId(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("member"));
      read = true;
    }
    return member;
  }

  @Override
  String csvPath() {
    return "history.csv?member=" + member + "&";
  }

  public Long getMember() {
    return memberId();
  }

  /** Whose history this is, for the heading; null for a member the caller may not see. */
  public MemberRow getWho() {
    if (who == null && memberId() != null) {
      try {
        who = directory.member(memberId()).member();
      } catch (MemberNotFoundException e) {
        return null;
      }
    }
    return who;
  }
}
