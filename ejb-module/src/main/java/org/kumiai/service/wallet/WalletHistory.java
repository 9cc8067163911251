package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.membership.ScopedMembers;
import org.kumiai.service.platform.CsvFile;

/**
 * A member's wallet history (REQUIREMENTS §4): money and points, newest first, filtered by period,
 * purse and kind, a page at a time, with each payment's items; and the same as a CSV file. For the
 * member, of their own memberships; for staff, of the members of their co-ops (the member page's
 * wallet tab).
 */
@Stateless
@RolesAllowed({"MEMBER", "STAFF"})
public class WalletHistory {

  private static final int CSV_MAX = 10_000;

  /** One form for every row (OffsetDateTime's own leaves out zero seconds), Japan time. */
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(CoopTime.ZONE);

  @Inject private WalletRepository wallets;
  @Inject private OwnMemberships ownMemberships;
  @Inject private ScopedMembers scopedMembers;
  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  /**
   * What to show: a period in Japan days (inclusive; null for open), a purse, a kind, and the
   * moment the list was opened: what is recorded after it waits until the list is opened again, so
   * a payment made while its pages are read neither repeats a row on the next page nor (sent late
   * by an offline register, with an earlier time) skips one. A transaction is recorded at the time
   * its request began, so one still being written at that moment can yet appear on a later page.
   * Null for everything recorded so far.
   */
  public record Filter(
      LocalDate from, LocalDate to, Purse purse, TransactionKind kind, Instant asOf)
      implements Serializable {

    public Filter(LocalDate from, LocalDate to, Purse purse, TransactionKind kind) {
      this(from, to, purse, kind, null);
    }

    public Filter asOf(Instant moment) {
      return new Filter(from, to, purse, kind, moment);
    }
  }

  public List<HistoryRow> page(long memberId, Filter filter, int first, int max) {
    Wallet wallet = own(memberId);
    Map<Long, Purse> purses = purses(wallet);
    return wallets.history(wallet.id(), query(filter, purses), first, max).stream()
        .map(t -> row(t, purses))
        .toList();
  }

  public long count(long memberId, Filter filter) {
    Wallet wallet = own(memberId);
    return wallets.historySize(wallet.id(), query(filter, purses(wallet)));
  }

  /**
   * The filtered history as CSV (UTF-8 with BOM, so Excel reads the Japanese). Staff taking a
   * member's history away is in the audit log; the member's own download is not.
   */
  public byte[] csv(long memberId, Filter filter, String ip) {
    Wallet wallet = own(memberId);
    if (!holds(memberId)) {
      audit.record(
          AuditAction.WALLET_HISTORY_EXPORTED,
          context.getCallerPrincipal().getName(),
          scopedMembers.get(memberId).number().map(n -> n.value()).orElse("member " + memberId),
          ip,
          filter.toString());
    }
    Map<Long, Purse> purses = purses(wallet);
    return CsvFile.of(
        new String[] {
          "id",
          "occurred_at",
          "kind",
          "store",
          "category",
          "amount",
          "BASE",
          "CAFETERIA",
          "TEXTBOOK",
          "MEAL",
          "POINTS",
          "items"
        },
        csv -> {
          for (LedgerTransaction t :
              wallets.history(wallet.id(), query(filter, purses), 0, CSV_MAX)) {
            HistoryRow r = row(t, purses);
            csv.printRecord(
                r.id(),
                WHEN.format(r.occurredAt()),
                r.kind(),
                r.storeCode(),
                r.category(),
                r.amount(),
                r.changes().getOrDefault(Purse.BASE, 0L),
                r.changes().getOrDefault(Purse.CAFETERIA, 0L),
                r.changes().getOrDefault(Purse.TEXTBOOK, 0L),
                r.changes().getOrDefault(Purse.MEAL, 0L),
                r.changes().getOrDefault(Purse.POINTS, 0L),
                r.items().stream()
                    .map(i -> i.name() + " x" + i.quantity())
                    .collect(Collectors.joining(" / ")));
          }
        });
  }

  private static WalletRepository.HistoryQuery query(Filter f, Map<Long, Purse> purses) {
    Long account =
        f.purse() == null
            ? null
            : purses.entrySet().stream()
                .filter(e -> e.getValue() == f.purse())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    return new WalletRepository.HistoryQuery(
        f.from() == null ? null : f.from().atStartOfDay(CoopTime.ZONE).toInstant(),
        f.to() == null ? null : f.to().plusDays(1).atStartOfDay(CoopTime.ZONE).toInstant(),
        f.kind(),
        account,
        f.asOf());
  }

  private static HistoryRow row(LedgerTransaction t, Map<Long, Purse> purses) {
    Map<Purse, Long> changes = new EnumMap<>(Purse.class);
    for (LedgerEntry e : t.entries()) {
      Purse p = purses.get(e.accountId());
      if (p != null) {
        changes.merge(p, e.signed(), Long::sum);
      }
    }
    return new HistoryRow(
        t.id(),
        t.occurredAt(),
        t.kind(),
        t.storeCode().orElse(null),
        t.category().orElse(null),
        t.amount().value(),
        changes,
        t.points().value(),
        t.reference().orElse(null),
        t.lines().stream()
            .map(l -> new HistoryRow.Item(l.code(), l.name(), l.quantity(), l.unitPrice().value()))
            .toList());
  }

  private Map<Long, Purse> purses(Wallet wallet) {
    return wallets.purses(wallet.id()).stream()
        .collect(Collectors.toMap(LedgerAccount::id, LedgerAccount::purse));
  }

  /**
   * The wallet of a membership the caller holds, or else, for staff, of a member of their co-ops:
   * staff who are members too (of another co-op, or of their own) read their own history as
   * members.
   */
  private Wallet own(long memberId) {
    if (!holds(memberId)) {
      if (!context.isCallerInRole("STAFF")) {
        throw new MemberNotFoundException(memberId);
      }
      scopedMembers.get(memberId);
    }
    return wallets.findByMember(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
  }

  private boolean holds(long memberId) {
    return ownMemberships.holds(context.getCallerPrincipal().getName(), memberId);
  }
}
