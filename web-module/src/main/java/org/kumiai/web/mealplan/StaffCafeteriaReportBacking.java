package org.kumiai.web.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.mealplan.CafeteriaReports;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/reports/cafeteria}: a co-op's meal plan sales, cafeteria days and most-sold items
 * for a period (this month so far unless chosen), and the link to the same as CSV.
 */
@Named
@ViewScoped
public class StaffCafeteriaReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "report";

  @Inject private CafeteriaReports reports;
  @Inject private StaffScope scope;

  private List<CoopView> coops;
  private String coop;
  private String from;
  private String to;
  private CafeteriaReports.Report report;

  @PostConstruct
  void load() {
    coops = scope.coops();
    coop = coops.isEmpty() ? null : coops.get(0).code();
    LocalDate today = LocalDate.now(CoopTime.ZONE);
    from = today.withDayOfMonth(1).toString();
    to = today.toString();
    show();
  }

  public void show() {
    report = null;
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start == null || end == null) {
      return;
    }
    try {
      report = reports.report(coop, start, end);
    } catch (InvalidValueException e) {
      Feedback.error(
          FORM + ":" + e.field(),
          "report.invalid." + e.reason(),
          Feedback.label("report." + e.field()));
    } catch (CoopNotFoundException e) {
      Feedback.error(FORM + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
    }
  }

  private static LocalDate date(String field, String typed) {
    try {
      if (typed != null && !typed.isBlank()) {
        return LocalDate.parse(typed.strip());
      }
    } catch (DateTimeParseException e) {
      // named below, like an empty field
    }
    Feedback.error(FORM + ":" + field, "report.invalid.DATE", Feedback.label("report." + field));
    return null;
  }

  public String getCsvUrl() {
    return Visitor.request().getContextPath()
        + "/staff/reports/cafeteria.csv?coop="
        + URLEncoder.encode(coop == null ? "" : coop, StandardCharsets.UTF_8)
        + "&from="
        + URLEncoder.encode(from == null ? "" : from, StandardCharsets.UTF_8)
        + "&to="
        + URLEncoder.encode(to == null ? "" : to, StandardCharsets.UTF_8);
  }

  public CafeteriaReports.Report getReport() {
    return report;
  }

  public List<CoopView> getCoops() {
    return coops;
  }

  public String getCoop() {
    return coop;
  }

  public void setCoop(String coop) {
    this.coop = coop;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
