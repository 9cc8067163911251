package org.kumiai.web.shell;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;

/**
 * {@code GET …csv?coop=&from=&to=}: a staff report as a file. Under /staff, so the role filter
 * admits staff only; the report keeps to the caller's co-ops. A bad parameter is a 400 naming it.
 */
public abstract class ReportCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The file name's first word. */
  protected abstract String name();

  protected abstract byte[] csv(String coop, LocalDate from, LocalDate to);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String coop = request.getParameter("coop");
    byte[] csv;
    try {
      LocalDate from = LocalDate.parse(String.valueOf(request.getParameter("from")));
      LocalDate to = LocalDate.parse(String.valueOf(request.getParameter("to")));
      csv = csv(coop, from, to);
    } catch (DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to: dates as 2026-04-01");
      return;
    } catch (InvalidValueException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.field() + ": " + e.reason());
      return;
    } catch (CoopNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such co-op");
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + name()
            + "-"
            + coop
            + "-"
            + request.getParameter("from")
            + "-"
            + request.getParameter("to")
            + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
