package org.kumiai.web.mealplan;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDate;
import org.kumiai.service.mealplan.CafeteriaReports;
import org.kumiai.web.shell.ReportCsvServlet;

/** {@code GET /staff/reports/cafeteria.csv?coop=&from=&to=}: the cafeteria report as a file. */
@WebServlet("/staff/reports/cafeteria.csv")
public class CafeteriaReportCsvServlet extends ReportCsvServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CafeteriaReports reports;

  @Override
  protected String name() {
    return "cafeteria";
  }

  @Override
  protected byte[] csv(String coop, LocalDate from, LocalDate to) {
    return reports.csv(coop, from, to);
  }
}
