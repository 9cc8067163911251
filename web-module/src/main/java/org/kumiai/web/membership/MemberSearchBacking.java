package org.kumiai.web.membership;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.membership.MemberDirectory;
import org.kumiai.service.membership.MemberRow;
import org.kumiai.web.shell.Visitor;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /staff/members}: one box for whatever the member at the counter offers (number, name,
 * reading, address, phone), a co-op and a status; 25 members a page by reading, only the page on
 * screen read from the database. The address also takes {@code ?q=&coop=&status=}, so a search can
 * be linked to, and the CSV link repeats the search that is on screen.
 */
@Named
@ViewScoped
public class MemberSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MemberDirectory directory;
  @Inject private StaffScope scope;

  private String term;
  private String coop;
  private MemberStatus status;

  private MemberQuery query = MemberQuery.EVERYONE;
  // Read again after the view is restored: CoopView's names are not serializable.
  private transient List<CoopView> coops;
  private final LazyDataModel<MemberRow> members = new Members();

  /** f:viewAction: a search given in the address is run as if typed. */
  public void load() {
    query = new MemberQuery(term, coop, status);
  }

  /** Applies the form; the table reloads from its first page. */
  public void search() {
    query = new MemberQuery(term, coop, status);
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("search:members");
    if (table instanceof DataTable t) {
      t.setFirst(0);
    }
  }

  /** The CSV of the search on screen (not of what is typed but not yet searched). */
  public String getCsvUrl() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", query.term());
    params.put("coop", query.coop());
    params.put("status", query.status() == null ? null : query.status().name());
    StringBuilder url =
        new StringBuilder(Visitor.request().getContextPath()).append("/staff/members.csv");
    char sep = '?';
    for (Map.Entry<String, String> p : params.entrySet()) {
      if (p.getValue() != null && !p.getValue().isBlank()) {
        url.append(sep).append(p.getKey()).append('=');
        url.append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }

  /** The rows of one page, read when the table asks. */
  private final class Members extends LazyDataModel<MemberRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, directory.count(query));
    }

    @Override
    public List<MemberRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return directory.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(MemberRow row) {
      return Long.toString(row.id());
    }
  }

  public LazyDataModel<MemberRow> getMembers() {
    return members;
  }

  /** The caller's co-ops, for the filter. */
  public List<CoopView> getCoops() {
    if (coops == null) {
      coops = scope.coops();
    }
    return coops;
  }

  public MemberStatus[] getStatuses() {
    return MemberStatus.values();
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public String getCoop() {
    return coop;
  }

  public void setCoop(String coop) {
    this.coop = coop;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public void setStatus(MemberStatus status) {
    this.status = status;
  }
}
