package org.kumiai.web.membership;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.membership.MemberDirectory;

/**
 * {@code GET /staff/members.csv?q=&coop=&status=}: every member the same search on {@code
 * /staff/members} finds, as a file. Under /staff, so the role filter admits staff only, and the
 * directory keeps to the caller's co-ops whatever the parameters say.
 */
@WebServlet("/staff/members.csv")
public class MemberCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private MemberDirectory directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    MemberQuery query =
        new MemberQuery(request.getParameter("q"), request.getParameter("coop"), status(request));
    byte[] csv = directory.csv(query, request.getRemoteAddr());
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"members-" + LocalDate.now(CoopTime.ZONE) + ".csv\"");
    // Personal data: no copy kept by browsers or proxies.
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }

  private static MemberStatus status(HttpServletRequest request) {
    String typed = request.getParameter("status");
    for (MemberStatus s : MemberStatus.values()) {
      if (s.name().equals(typed)) {
        return s;
      }
    }
    return null;
  }
}
