package org.kumiai.web.wallet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDate;
import org.kumiai.service.wallet.WalletReports;
import org.kumiai.web.shell.ReportCsvServlet;

/** {@code GET /staff/reports/wallet.csv?coop=&from=&to=}: the wallet report as a file. */
@WebServlet("/staff/reports/wallet.csv")
public class WalletReportCsvServlet extends ReportCsvServlet {

  private static final long serialVersionUID = 1L;

  @Inject private WalletReports reports;

  @Override
  protected String name() {
    return "wallet";
  }

  @Override
  protected byte[] csv(String coop, LocalDate from, LocalDate to) {
    return reports.csv(coop, from, to);
  }
}
