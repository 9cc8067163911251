package org.kumiai.service.mealplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.shared.ReportPeriod;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.platform.CsvFile;

/**
 * The cafeteria report for staff (REQUIREMENTS §5): meal plans sold in a period by plan and
 * channel, each cafeteria day's sales and the refunds given that day, and the most-sold items of
 * the period, on screen and as CSV. Days are cafeteria days, which begin at the co-op's hour.
 */
@Stateless
@RolesAllowed("STAFF")
public class CafeteriaReports {

  static final int TOP_ITEMS = 10;

  @Inject private CoopRepository coops;
  @Inject private StaffScope scope;

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  /** Plans sold of one product through one channel (enrollment, counter, portal). */
  public record PlanSales(String code, String name, String source, long count, long yen)
      implements Serializable {}

  /** One cafeteria's day: payments, their yen, and what refunds gave back. */
  public record DaySales(LocalDate date, String storeCode, long payments, long yen, long refunded)
      implements Serializable {

    public long net() {
      return yen - refunded;
    }
  }

  /** An item by how many were sold in the period. */
  public record ItemSales(String code, String name, long quantity, long yen)
      implements Serializable {}

  /** The report of a co-op's cafeterias for [from, to]. */
  public record Report(
      String coopCode,
      LocalDate from,
      LocalDate to,
      List<PlanSales> plans,
      List<DaySales> days,
      List<ItemSales> topItems)
      implements Serializable {

    public long net() {
      return days.stream().mapToLong(DaySales::net).sum();
    }

    public long payments() {
      return days.stream().mapToLong(DaySales::payments).sum();
    }
  }

  public Report report(String coopCode, LocalDate from, LocalDate to) {
    Coop coop = coops.getCoop(scope.coop(coopCode).code());
    ReportPeriod.of(from, to);
    List<String> cafeterias =
        coops.storesOf(coop).stream()
            .filter(s -> s.kind() == StoreKind.CAFETERIA)
            .map(Store::code)
            .sorted()
            .toList();
    int hour = coop.mealDayStartHour();
    List<DaySales> days = new ArrayList<>();
    // A day at a time: each is an index range (store_code, occurred_at), however long the ledger.
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.addAll(
          day(d, cafeterias, MealDay.startOf(d, hour), MealDay.startOf(d.plusDays(1), hour)));
    }
    return new Report(
        coop.code(),
        from,
        to,
        plans(coop.code(), MealDay.startOf(from, hour), MealDay.startOf(to.plusDays(1), hour)),
        days,
        top(cafeterias, MealDay.startOf(from, hour), MealDay.startOf(to.plusDays(1), hour)));
  }

  private List<DaySales> day(LocalDate date, List<String> stores, Instant from, Instant until) {
    if (stores.isEmpty()) {
      return List.of();
    }
    // A refund counts on the day it was given, at the payment's store: a day's figures do not
    // change once the day has been closed and its drawer counted.
    Query query =
        em.createNativeQuery(
            "SELECT d.store_code, SUM(d.payments), SUM(d.yen), SUM(d.refunded) FROM ("
                + " SELECT t.store_code, 1 AS payments, t.amount AS yen, 0 AS refunded"
                + " FROM ledger_transaction t"
                + " WHERE t.kind = 'PAYMENT' AND t.store_code IN "
                + placeholders(stores)
                + " AND t.occurred_at >= ?1 AND t.occurred_at < ?2"
                + " UNION ALL"
                + " SELECT r.store_code, 0, 0, r.amount"
                + " FROM ledger_transaction r JOIN ledger_transaction o ON o.id = r.reversal_of"
                + " WHERE o.kind = 'PAYMENT' AND r.store_code IN "
                + placeholders(stores)
                + " AND r.occurred_at >= ?1 AND r.occurred_at < ?2"
                + ") d GROUP BY d.store_code ORDER BY d.store_code");
    List<Object[]> rows = rows(query, stores, from, until, stores.size());
    return rows.stream()
        .map(
            r ->
                new DaySales(
                    date,
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  private List<ItemSales> top(List<String> stores, Instant from, Instant until) {
    if (stores.isEmpty()) {
      return List.of();
    }
    Query query =
        em.createNativeQuery(
            "SELECT l.code, MAX(l.name), SUM(l.quantity), SUM(l.quantity * l.unit_price)"
                + " FROM payment_line l JOIN ledger_transaction t ON t.id = l.transaction_id"
                + " WHERE t.kind = 'PAYMENT' AND t.store_code IN "
                + placeholders(stores)
                + " AND t.occurred_at >= ?1 AND t.occurred_at < ?2"
                // A payment refunded in full sold nothing; a partial refund names no item, so
                // its items stay sold.
                + " AND t.amount > (SELECT COALESCE(SUM(r.amount), 0) FROM ledger_transaction r"
                + " WHERE r.reversal_of = t.id)"
                + " GROUP BY l.code ORDER BY SUM(l.quantity) DESC, l.code");
    List<Object[]> rows = rows(query, stores, from, until, TOP_ITEMS);
    return rows.stream()
        .map(
            r ->
                new ItemSales(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** "(?3, ?4, …)": a native query binds each store code on its own. */
  private static String placeholders(List<String> stores) {
    StringBuilder sql = new StringBuilder("(");
    for (int i = 0; i < stores.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append('?').append(i + 3);
    }
    return sql.append(')').toString();
  }

  @SuppressWarnings("unchecked")
  /**
   * The rows of a query on the period as ?1 and ?2 and the codes from ?3 on, at most {@code max}.
   */
  private static List<Object[]> rows(
      Query query, List<String> codes, Instant from, Instant until, int max) {
    query
        .setParameter(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
        .setParameter(2, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
    for (int i = 0; i < codes.size(); i++) {
      query.setParameter(i + 3, codes.get(i));
    }
    return query.setMaxResults(max).getResultList();
  }

  /**
   * Plans bought in the period, by what was paid for them: the MEAL credit of the transaction that
   * bought each (an enrollment's prepaid price, the counter's or the portal's), not today's list
   * price.
   */
  private List<PlanSales> plans(String coopCode, Instant from, Instant until) {
    Query query =
        em.createNativeQuery(
            "SELECT p.code, MAX(p.name_ja), h.source, COUNT(*), SUM(e.amount)"
                + " FROM meal_plan_holding h JOIN meal_plan p ON p.id = h.plan_id"
                + " JOIN ledger_entry e ON e.transaction_id = h.transaction_id"
                + " AND e.side = 'CREDIT'"
                + " JOIN ledger_account a ON a.id = e.account_id"
                + " AND a.wallet_id = h.wallet_id AND a.purse = 'MEAL'"
                + " WHERE p.coop_code = ?3 AND h.bought_at >= ?1 AND h.bought_at < ?2"
                + " GROUP BY p.code, h.source ORDER BY p.code, h.source");
    return rows(query, List.of(coopCode), from, until, Integer.MAX_VALUE).stream()
        .map(
            r ->
                new PlanSales(
                    (String) r[0],
                    (String) r[1],
                    r[2].toString(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /** The report as CSV (UTF-8 with a BOM, so Excel reads the Japanese). */
  public byte[] csv(String coopCode, LocalDate from, LocalDate to) {
    Report r = report(coopCode, from, to);
    return CsvFile.of(
        new String[] {"section", "coop", "date", "key", "name", "count", "yen", "refunded"},
        csv -> {
          for (PlanSales p : r.plans()) {
            csv.printRecord(
                "plans",
                r.coopCode(),
                "",
                p.code() + "/" + p.source(),
                p.name(),
                p.count(),
                p.yen(),
                "");
          }
          for (DaySales d : r.days()) {
            csv.printRecord(
                "days",
                r.coopCode(),
                d.date(),
                d.storeCode(),
                "",
                d.payments(),
                d.yen(),
                d.refunded());
          }
          for (ItemSales i : r.topItems()) {
            csv.printRecord(
                "items", r.coopCode(), "", i.code(), i.name(), i.quantity(), i.yen(), "");
          }
        });
  }
}
