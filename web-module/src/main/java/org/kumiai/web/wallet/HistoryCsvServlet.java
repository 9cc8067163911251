package org.kumiai.web.wallet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.WalletHistory;
import org.kumiai.web.membership.ActiveMembership;

/**
 * {@code GET /member/wallet/history.csv?from=&to=&purse=&kind=}: the history of the membership
 * chosen in the header as a file. Under /member, so the role filter admits members only, and the
 * service answers for the caller's own memberships only.
 */
@WebServlet("/member/wallet/history.csv")
public class HistoryCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private WalletHistory history;
  @Inject private ActiveMembership active;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // The membership the history page was opened for; the service refuses any not the caller's.
    Long member = HistoryFilters.memberId(request.getParameter("member"));
    if (member == null) {
      MembershipView membership = active.getCurrentInForce();
      member = membership == null ? null : membership.memberId();
    }
    if (member == null) {
      response.sendError(404);
      return;
    }
    try {
      send(response, history.csv(member, filter(request), request.getRemoteAddr()));
    } catch (MemberNotFoundException e) {
      response.sendError(404);
    }
  }

  static WalletHistory.Filter filter(HttpServletRequest request) {
    return HistoryFilters.of(
        request.getParameter("from"),
        request.getParameter("to"),
        request.getParameter("purse"),
        request.getParameter("kind"));
  }

  static void send(HttpServletResponse response, byte[] csv) throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"wallet-" + LocalDate.now(CoopTime.ZONE) + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
