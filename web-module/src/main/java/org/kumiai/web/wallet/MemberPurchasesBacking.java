package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.PurchaseHistory;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedDate;

/**
 * {@code /member/purchases}: the member's shop and bookstore purchases of a month with their items
 * and the purses they were paid from. The month comes from the address ({@code ?month=2026-11}); an
 * unreadable one falls back to this month with a notice.
 */
@Named
@ViewScoped
public class MemberPurchasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PurchaseHistory history;
  @Inject private ActiveMembership active;

  private PurchaseHistory.Month month;

  @PostConstruct
  void load() {
    MembershipView membership = active.getCurrentInForce();
    if (membership == null) {
      return;
    }
    YearMonth shown = YearMonth.now(CoopTime.ZONE);
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("month");
    if (asked != null) {
      try {
        shown = TypedDate.month(asked);
      } catch (DateTimeParseException e) {
        Feedback.info("meals.badDate");
      }
    }
    month = history.month(membership.memberId(), shown);
  }

  public boolean isMember() {
    return month != null;
  }

  public PurchaseHistory.Month getMonth() {
    return month;
  }

  public String monthLink(int offset) {
    return month.month().plusMonths(offset).toString();
  }
}
