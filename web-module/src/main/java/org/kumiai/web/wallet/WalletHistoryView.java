package org.kumiai.web.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.service.wallet.HistoryRow;
import org.kumiai.service.wallet.WalletHistory;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.TypedDate;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A wallet's movements, newest first, 20 a page, filtered by period, purse and kind; a row opens
 * its items; the same filter downloads as CSV (WEB-INF/includes/wallet-history.xhtml). The member's
 * page and the staff member's page differ only in whose wallet and where the CSV comes from.
 */
abstract class WalletHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WalletHistory history;
  @Inject private Clock clock;

  private String from = LocalDate.now(CoopTime.ZONE).minusMonths(3).toString();
  private String to;
  private String purse;
  private String kind;
  private LazyDataModel<HistoryRow> rows;
  private Instant asOf;

  /** The member whose wallet this is; null when there is none to show. */
  abstract Long memberId();

  /** The CSV servlet's path relative to the page, with its own parameters and a trailing "&". */
  abstract String csvPath();

  @PostConstruct
  void load() {
    asOf = now();
    rows =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          // A member the caller may not see shows as an empty history, like one with none.
          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            Long member = memberId();
            try {
              return member == null ? 0 : (int) history.count(member, filter());
            } catch (MemberNotFoundException e) {
              return 0;
            }
          }

          @Override
          public List<HistoryRow> load(
              int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
            Long member = memberId();
            try {
              return member == null ? List.of() : history.page(member, filter(), first, pageSize);
            } catch (MemberNotFoundException e) {
              return List.of();
            }
          }

          @Override
          public String getRowKey(HistoryRow row) {
            return Long.toString(row.id());
          }
        };
  }

  WalletHistory.Filter filter() {
    return HistoryFilters.of(from, to, purse, kind).asOf(asOf);
  }

  /**
   * The filter's button, which also brings in what was recorded since the list was opened: an
   * unreadable date, or an end before the start, is named at its field (the list reads an
   * unreadable date as no limit, and an end before the start finds nothing).
   */
  public void show() {
    asOf = now();
    LocalDate start = day(from, "history:from", "history.from");
    LocalDate end = day(to, "history:to", "history.to");
    if (start != null && end != null && end.isBefore(start)) {
      Feedback.error("history:to", "report.invalid.BEFORE_FROM", Feedback.label("history.to"));
    }
  }

  private static LocalDate day(String typed, String clientId, String label) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return TypedDate.day(typed);
    } catch (DateTimeParseException e) {
      Feedback.error(clientId, "report.invalid.DATE", Feedback.label(label));
      return null;
    }
  }

  /** The CSV link for the current filter. */
  public String getCsvUrl() {
    return csvPath()
        + "from="
        + encoded(from)
        + "&to="
        + encoded(to)
        + "&purse="
        + encoded(purse)
        + "&kind="
        + encoded(kind);
  }

  private static String encoded(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public Purse[] getPurses() {
    return Purse.values();
  }

  public TransactionKind[] getKinds() {
    return TransactionKind.values();
  }

  /** To the microsecond, as transactions are recorded: both databases then compare alike. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** When the list was opened: what was recorded after it shows when it is opened again. */
  public Instant getAsOf() {
    return asOf;
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
