package org.kumiai.web.wallet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.service.wallet.WalletHistory;

/**
 * {@code GET /staff/wallet/history.csv?member=&from=&to=&purse=&kind=}: a member's wallet history
 * as a file for staff. Under /staff, so the role filter admits staff only; the service answers for
 * members of the staff member's co-ops only.
 */
@WebServlet("/staff/wallet/history.csv")
public class StaffHistoryCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private WalletHistory history;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long member = HistoryFilters.memberId(request.getParameter("member"));
    if (member == null) {
      response.sendError(404);
      return;
    }
    try {
      HistoryCsvServlet.send(
          response,
          history.csv(member, HistoryCsvServlet.filter(request), request.getRemoteAddr()));
    } catch (MemberNotFoundException e) {
      // Not a member of this staff member's co-ops: as if there were none.
      response.sendError(404);
    }
  }
}
