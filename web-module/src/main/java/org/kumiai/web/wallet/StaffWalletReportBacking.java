package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.wallet.WalletReports;
import org.kumiai.web.shell.ReportForm;

/**
 * {@code /staff/reports/wallet}: one of the staff member's co-ops and a period (this month so far,
 * unless chosen); the figures, and the link to the same as CSV.
 */
@Named
@ViewScoped
public class StaffWalletReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WalletReports reports;
  @Inject private StaffScope scope;

  private ReportForm form;
  private WalletReports.WalletReport report;

  @PostConstruct
  void load() {
    form = new ReportForm("report", scope.coops());
    show();
  }

  public void show() {
    report = form.run(reports::report);
  }

  public String getCsvUrl() {
    return form.csvUrl("/staff/reports/wallet.csv");
  }

  public List<Purse> getPurses() {
    return List.of(Purse.values());
  }

  public List<AccountKind> getSources() {
    return report == null ? List.of() : List.copyOf(report.charges().keySet());
  }

  /**
   * The kinds of transaction that moved the purses' holdings in the period, in the enum's order.
   */
  public List<TransactionKind> getMovementKinds() {
    return report == null ? List.of() : List.copyOf(report.movements().byKind().keySet());
  }

  public WalletReports.WalletReport getReport() {
    return report;
  }

  public ReportForm getForm() {
    return form;
  }
}
