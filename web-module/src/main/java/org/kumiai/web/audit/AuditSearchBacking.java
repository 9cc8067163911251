package org.kumiai.web.audit;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditQuery;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.audit.AuditTrail;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/audit}: the audit trail searched by address, action, days in Japan and IP, newest
 * first, fifty to a page; only the page on screen is read from the database.
 */
@Named
@ViewScoped
public class AuditSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @Inject private AuditTrail trail;

  private String who;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private String ip;

  private AuditQuery query = AuditQuery.EVERYTHING;
  private final LazyDataModel<AuditRow> events = new Events();

  /** Applies the form; the table reloads from its first page. */
  public void search() {
    query = new AuditQuery(who, action, from, to, ip);
    firstPage();
  }

  /** Seconds and the year too: an audit line is evidence, and it is read in Japan time. */
  public String when(AuditRow row) {
    return WHEN.format(row.occurredAt().atZone(CoopTime.ZONE));
  }

  private static void firstPage() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:events");
    if (table instanceof DataTable events) {
      events.setFirst(0);
    }
  }

  /**
   * A fresh page rather than emptied fields: an immediate action leaves the typed values in the
   * inputs, so resetting the bean alone would still show the old filter.
   */
  public String clear() {
    return "/admin/audit?faces-redirect=true";
  }

  /** The rows of one page, read when the table asks. */
  private final class Events extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, trail.count(query));
    }

    @Override
    public List<AuditRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return trail.search(query, first, pageSize).stream().map(AuditRow::of).toList();
    }

    @Override
    public String getRowKey(AuditRow row) {
      return Long.toString(row.id());
    }
  }

  public LazyDataModel<AuditRow> getEvents() {
    return events;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getIp() {
    return ip;
  }

  public void setIp(String ip) {
    this.ip = ip;
  }
}
