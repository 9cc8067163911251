package org.kumiai.web.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.mealplan.CafeteriaReports;
import org.kumiai.web.shell.ReportForm;

/**
 * {@code /staff/reports/cafeteria}: a co-op's meal plan sales, cafeteria days and most-sold items
 * for a period (this month so far unless chosen), and the link to the same as CSV.
 */
@Named
@ViewScoped
public class StaffCafeteriaReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CafeteriaReports reports;
  @Inject private StaffScope scope;

  private ReportForm form;
  private CafeteriaReports.Report report;

  @PostConstruct
  void load() {
    form = new ReportForm("report", scope.coops());
    show();
  }

  public void show() {
    report = form.run(reports::report);
  }

  public String getCsvUrl() {
    return form.csvUrl("/staff/reports/cafeteria.csv");
  }

  public CafeteriaReports.Report getReport() {
    return report;
  }

  public ReportForm getForm() {
    return form;
  }
}
