package org.kumiai.web.shell;

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

/**
 * The co-op and period form of a staff report page (this month so far unless chosen): it runs the
 * report for what was typed, names a bad date or co-op next to its field, and links to the same
 * report as CSV.
 */
public final class ReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A report of a co-op for [from, to]. */
  @FunctionalInterface
  public interface Report<T> {
    T of(String coop, LocalDate from, LocalDate to);
  }

  private final String form;
  private final List<CoopView> coops;
  private String coop;
  private String from;
  private String to;

  public ReportForm(String form, List<CoopView> coops) {
    this.form = form;
    this.coops = List.copyOf(coops);
    coop = coops.isEmpty() ? null : coops.get(0).code();
    LocalDate today = LocalDate.now(CoopTime.ZONE);
    from = today.withDayOfMonth(1).toString();
    to = today.toString();
  }

  /** The report for what was typed, or null with each bad field named on the form. */
  public <T> T run(Report<T> report) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start == null || end == null) {
      return null;
    }
    try {
      return report.of(coop, start, end);
    } catch (InvalidValueException e) {
      Feedback.error(
          form + ":" + e.field(),
          "report.invalid." + e.reason(),
          Feedback.label("report." + e.field()));
    } catch (CoopNotFoundException e) {
      Feedback.error(form + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
    }
    return null;
  }

  private LocalDate date(String field, String typed) {
    try {
      if (typed != null && !typed.isBlank()) {
        return TypedDate.day(typed);
      }
    } catch (DateTimeParseException e) {
      // named below, like an empty field
    }
    Feedback.error(form + ":" + field, "report.invalid.DATE", Feedback.label("report." + field));
    return null;
  }

  /** The report's CSV at {@code path} (under the context) for the same co-op and period. */
  public String csvUrl(String path) {
    return Visitor.request().getContextPath()
        + path
        + "?coop="
        + URLEncoder.encode(coop == null ? "" : coop, StandardCharsets.UTF_8)
        + "&from="
        + URLEncoder.encode(from == null ? "" : from, StandardCharsets.UTF_8)
        + "&to="
        + URLEncoder.encode(to == null ? "" : to, StandardCharsets.UTF_8);
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
