package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.wallet.HistoryRow;
import org.kumiai.service.wallet.WalletHistory;
import org.kumiai.web.membership.ActiveMembership;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /member/wallet/history}: the wallet's movements, newest first, 20 a page, filtered by
 * period, purse and kind; a row opens its items; the same filter downloads as CSV.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WalletHistory history;
  @Inject private ActiveMembership active;

  private MembershipView membership;
  private String from = LocalDate.now(CoopTime.ZONE).minusMonths(3).toString();
  private String to;
  private String purse;
  private String kind;
  private LazyDataModel<HistoryRow> rows;

  @PostConstruct
  void load() {
    membership = active.getCurrent();
    rows =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return membership == null ? 0 : (int) history.count(membership.memberId(), filter());
          }

          @Override
          public List<HistoryRow> load(
              int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
            return membership == null
                ? List.of()
                : history.page(membership.memberId(), filter(), first, pageSize);
          }

          @Override
          public String getRowKey(HistoryRow row) {
            return Long.toString(row.id());
          }
        };
  }

  WalletHistory.Filter filter() {
    return HistoryFilters.of(from, to, purse, kind);
  }

  /** The CSV link for the current filter. */
  public String getCsvUrl() {
    return "history.csv?from="
        + (from == null ? "" : from)
        + "&to="
        + (to == null ? "" : to)
        + "&purse="
        + (purse == null ? "" : purse)
        + "&kind="
        + (kind == null ? "" : kind);
  }

  public Purse[] getPurses() {
    return Purse.values();
  }

  public TransactionKind[] getKinds() {
    return TransactionKind.values();
  }

  public LazyDataModel<HistoryRow> getRows() {
    return rows;
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

  public String getPurse() {
    return purse;
  }

  public void setPurse(String purse) {
    this.purse = purse;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
