package org.kumiai.bench.mealplan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kumiai.bench.mealplan.PageTimer.Page;
import org.kumiai.bench.mealplan.PageTimer.Timing;

/**
 * The cafeteria history as the ledger grows (README "Benchmarks"), against the EAR on Payara Server
 * and PostgreSQL in demo mode: the generated demo member 佐藤 健人 (HOKUTO, IC card 04A1000000000005,
 * two months of demo cafeteria history) signed up and in with Chromium; the ledger filled by SQL
 * with other members' two years at the cafeterias ({@link LedgerFill}) to each size in turn; at
 * each size the member's month calendar ({@code /member/meals/?month=} last month) and wallet
 * history ({@code /member/wallet/history}) timed, with the plans PostgreSQL chose for their
 * queries; then the ratio of the largest size's p95 to the smallest's. Exits 1 when an answer fails
 * its check.
 *
 * <p>Settings, as system properties: {@code bench.url}, {@code bench.db.url}, {@code
 * bench.db.user}, {@code bench.history.sizes} (ledger entries, comma-separated, ascending), {@code
 * bench.history.requests} and {@code bench.history.warmup} (GETs of each page), {@code
 * bench.browser.dir} (where Chromium's throw-away profile goes).
 */
public final class HistoryBenchmark {

  private static final String EMAIL = "m0002.hokuto@example.jp";
  private static final double GOAL = 1.2;

  /** Quiet about having no DevTools binding for this Chromium's version: none is used. */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  /** The month query of {@code JpaCafeteriaRecords.sales}, as the application sends it. */
  private static final String MONTH_SQL =
      "SELECT t.id, t.occurred_at, t.amount,"
          + " (SELECT COALESCE(SUM(r.amount), 0) FROM ledger_transaction r"
          + " WHERE r.reversal_of = t.id),"
          + " COALESCE(SUM(l.energy_kcal * l.quantity), 0),"
          + " COALESCE(SUM(l.protein * l.quantity), 0),"
          + " COALESCE(SUM(l.fat * l.quantity), 0),"
          + " COALESCE(SUM(l.carbohydrate * l.quantity), 0),"
          + " COALESCE(SUM(l.salt * l.quantity), 0)"
          + " FROM ledger_transaction t JOIN store s ON s.code = t.store_code"
          + " LEFT JOIN payment_line l ON l.transaction_id = t.id"
          + " WHERE t.wallet_id = ? AND t.kind = 'PAYMENT' AND s.kind = 'CAFETERIA'"
          + " AND t.occurred_at >= ? AND t.occurred_at < ?"
          + " GROUP BY t.id, t.occurred_at, t.amount"
          + " ORDER BY t.occurred_at, t.id";

  /** The wallet history's first page and its count, as EclipseLink asks for them. */
  private static final String HISTORY_SQL =
      "SELECT * FROM ledger_transaction WHERE wallet_id = ?"
          + " ORDER BY occurred_at DESC, id DESC LIMIT 20 OFFSET 0";

  private static final String COUNT_SQL =
      "SELECT COUNT(id) FROM ledger_transaction WHERE wallet_id = ?";

  private HistoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.url", "http://localhost:28080");
    String dbUrl =
        System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/kumiai_histbench");
    String dbUser = System.getProperty("bench.db.user", "postgres");
    long[] sizes =
        Arrays.stream(System.getProperty("bench.history.sizes", "1000000,10000000").split(","))
            .mapToLong(s -> Long.parseLong(s.trim()))
            .toArray();
    int requests = Integer.getInteger("bench.history.requests", 500);
    int warmup = Integer.getInteger("bench.history.warmup", 100);
    int jitWarmup = Integer.getInteger("bench.history.jit-warmup", 600);
    Path browserDir = Path.of(System.getProperty("bench.browser.dir", "target"));
    Files.createDirectories(browserDir);
    long started = System.nanoTime();
    SELENIUM.setLevel(Level.SEVERE);

    try (Connection db = DriverManager.getConnection(dbUrl, dbUser, "")) {
      long[] member = member(db);
      long walletId = member[1];
      ZoneId japan = ZoneId.of("Asia/Tokyo");
      YearMonth month = YearMonth.now(japan).minusMonths(1);
      OffsetDateTime from = month.atDay(1).atTime(4, 0).atZone(japan).toOffsetDateTime();
      OffsetDateTime until =
          month.plusMonths(1).atDay(1).atTime(4, 0).atZone(japan).toOffsetDateTime();
      int days = cafeteriaDays(db, walletId, from, until);
      long walletTxns = count(db, COUNT_SQL, walletId);
      System.out.printf(
          Locale.ROOT,
          "member %s (id %d), wallet %d: %d transactions, %d cafeteria days in %s%n",
          EMAIL,
          member[0],
          walletId,
          walletTxns,
          days,
          month);
      if (days == 0) {
        throw new IllegalStateException(
            "The member has no cafeteria history in " + month + ": is demo mode on?");
      }

      long t0 = System.nanoTime();
      String phone =
          String.format(
              Locale.ROOT,
              "090-7%03d-%04d",
              (int) (Math.random() * 1000),
              (int) (Math.random() * 10000));
      String cookie = new MemberSession(url, db, browserDir).signUpAndIn(EMAIL, phone, "佐藤", "健人");
      System.out.printf(
          Locale.ROOT,
          "signed up and in with Chromium (SMS to %s) in %.1f s%n",
          phone,
          (System.nanoTime() - t0) / 1e9);

      List<Page> pages =
          List.of(
              new Page(
                  "month calendar",
                  "/member/meals/?month=" + month,
                  "k-calendar__energy",
                  days,
                  " kcal</span>"),
              new Page(
                  "wallet history",
                  "/member/wallet/history",
                  "k-history__row",
                  (int) Math.min(20, walletTxns),
                  "HOKUTO-"));
      PageTimer timer = new PageTimer(url, cookie);
      for (Page p : pages) {
        System.out.println("  " + p.path() + ": " + timer.probe(p));
      }

      // The application's first requests since deployment, before any size is timed: without
      // them the first size measures the JIT compiling the pages.
      t0 = System.nanoTime();
      timer.time(pages, jitWarmup, 0);
      System.out.printf(
          Locale.ROOT,
          "warm-up: %d GETs of each page in %.1f s%n",
          jitWarmup,
          (System.nanoTime() - t0) / 1e9);

      LedgerFill fill = new LedgerFill(db);
      System.out.println(
          "filling from "
              + fill.firstDay()
              + " ("
              + LedgerFill.WEEKS
              + " weeks) at "
              + String.join(", ", fill.prepare()));

      // A size given twice is measured twice, the second time without filling: a control of how
      // much the figures move between two runs at the same size.
      List<Long> measured = new ArrayList<>();
      List<List<Timing>> results = new ArrayList<>();
      boolean failed = false;
      for (long size : sizes) {
        LedgerFill.Step step = fill.fillTo(size);
        long entries = fill.entries();
        System.out.printf(
            Locale.ROOT,
            "%nledger at %,d entries (%,d transactions, %,d payment lines in all): added %,d"
                + " wallets, %,d transactions, %,d entries, %,d payment lines in %.1f s"
                + " (%,.0f entries/s), VACUUM ANALYZE and CHECKPOINT %.1f s%n",
            entries,
            scalar(db, "SELECT COUNT(*) FROM ledger_transaction"),
            scalar(db, "SELECT COUNT(*) FROM payment_line"),
            step.wallets(),
            step.transactions(),
            step.entries(),
            step.lines(),
            step.insertSeconds(),
            step.entries() / step.insertSeconds(),
            step.vacuumSeconds());
        explain(db, "month query", MONTH_SQL, walletId, from, until);
        explain(db, "history page query", HISTORY_SQL, walletId);
        explain(db, "history count query", COUNT_SQL, walletId);
        db.commit();
        timer.time(pages, warmup, 0);
        Map<String, long[]> before = scans(db);
        List<Timing> timings = timer.time(pages, 0, requests);
        Thread.sleep(2_000);
        Map<String, long[]> after = scans(db);
        measured.add(entries);
        results.add(timings);
        System.out.printf(
            Locale.ROOT,
            "  %d warm-up and %d timed GETs of each page (load average %s):%n",
            warmup,
            requests,
            loadAverage());
        for (Timing t : timings) {
          failed |= t.failures() > 0;
          System.out.printf(
              Locale.ROOT,
              "  %-15s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%s x%d,"
                  + " failed checks %d)%s%n",
              t.page().name(),
              t.p(50),
              t.p(95),
              t.p(99),
              t.p(100),
              t.page().marker(),
              t.shown(),
              t.failures(),
              t.samples().isEmpty() ? "" : " e.g. " + t.samples());
        }
        StringBuilder seq = new StringBuilder();
        before.forEach(
            (table, b) -> {
              long[] a = after.get(table);
              seq.append(
                  String.format(
                      Locale.ROOT,
                      "%s%s %d (%,d rows)",
                      seq.length() == 0 ? "" : ", ",
                      table,
                      a[0] - b[0],
                      a[1] - b[1]));
            });
        System.out.println("  sequential scans during the timed GETs: " + seq);
        db.commit();
      }

      List<Timing> first = results.get(0);
      List<Timing> last = results.get(results.size() - 1);
      System.out.printf(
          Locale.ROOT,
          "%np95 at %,d entries / p95 at %,d entries (and the same of p50):%n",
          measured.get(measured.size() - 1),
          measured.get(0));
      boolean met = !failed;
      for (int k = 0; k < first.size(); k++) {
        double ratio = last.get(k).p(95) / first.get(k).p(95);
        met &= ratio <= GOAL;
        System.out.printf(
            Locale.ROOT,
            "  %-15s %.1f ms / %.1f ms = %.2f  (p50 %.2f)%n",
            first.get(k).page().name(),
            last.get(k).p(95),
            first.get(k).p(95),
            ratio,
            last.get(k).p(50) / first.get(k).p(50));
      }
      System.out.printf(
          Locale.ROOT,
          "goal (each ratio <= %.1f, every answer 200 with the member's data): %s%n",
          GOAL,
          met ? "met" : "NOT met");
      System.out.printf(Locale.ROOT, "total %.0f s%n", (System.nanoTime() - started) / 1e9);
      if (failed) {
        System.exit(1);
      }
    }
  }

  /** The machine's load average over 1, 5 and 15 minutes, where Linux tells it. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /**
   * Sequential scans of the tables the fill grows, and the rows they read, so far: a page whose
   * queries all use indexes adds none.
   */
  private static Map<String, long[]> scans(Connection db) throws SQLException {
    // This connection's own counts (the ledger's size printed above) reach the statistics up to
    // 10 s after they ran: flush them now, so they are not counted as the pages'.
    try (PreparedStatement flush = db.prepareStatement("SELECT pg_stat_force_next_flush()")) {
      flush.execute();
      db.commit();
    } catch (SQLException before15) {
      db.rollback();
    }
    Map<String, long[]> scans = new LinkedHashMap<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables"
                    + " WHERE schemaname = 'public' AND relname IN ('ledger_transaction',"
                    + " 'ledger_entry', 'payment_line', 'ledger_account', 'wallet', 'member')"
                    + " ORDER BY relname");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        scans.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    db.commit();
    return scans;
  }

  /** The member's id and their wallet's. */
  private static long[] member(Connection db) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT m.id, w.id FROM member m JOIN wallet w ON w.member_id = m.id"
                + " WHERE m.email = ? AND w.status = 'ACTIVE'")) {
      q.setString(1, EMAIL);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(EMAIL + " has no active wallet: is demo mode on?");
        }
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  /** Cafeteria days (from 04:00 in Japan) with a payment not wholly refunded, as the calendar. */
  private static int cafeteriaDays(
      Connection db, long walletId, OffsetDateTime from, OffsetDateTime until) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT COUNT(DISTINCT ((t.occurred_at AT TIME ZONE 'Asia/Tokyo')"
                + " - interval '4 hours')::date)"
                + " FROM ledger_transaction t JOIN store s ON s.code = t.store_code"
                + " WHERE t.wallet_id = ? AND t.kind = 'PAYMENT' AND s.kind = 'CAFETERIA'"
                + " AND t.occurred_at >= ? AND t.occurred_at < ?")) {
      q.setLong(1, walletId);
      q.setObject(2, from.withOffsetSameInstant(ZoneOffset.UTC));
      q.setObject(3, until.withOffsetSameInstant(ZoneOffset.UTC));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static long count(Connection db, String sql, long param) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setLong(1, param);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** EXPLAIN ANALYZE of a query as the application sends it: its plan and time, indented. */
  private static void explain(Connection db, String name, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
      for (int i = 0; i < params.length; i++) {
        Object p = params[i];
        q.setObject(
            i + 1, p instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC) : p);
      }
      System.out.println("  EXPLAIN ANALYZE " + name + ":");
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          System.out.println("    " + rs.getString(1));
        }
      }
    }
  }
}
