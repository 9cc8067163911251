package org.kumiai.bench.wallet;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.kumiai.bench.Percentiles;
import org.kumiai.bench.wallet.BenchWallets.BenchWallet;
import org.kumiai.bench.wallet.BenchWallets.Till;
import org.kumiai.bench.wallet.LedgerInvariants.Check;

/**
 * The register API under load, against the EAR on Payara Server and PostgreSQL (README
 * "Benchmarks"): wallets written into the application's database, then {@code bench.clients}
 * registers posting {@code /api/v1/payments} for {@code bench.seconds} after an untimed warm-up;
 * the ledger's invariants checked; the same requests without an Idempotency-Key, refused before any
 * database work, for the ceiling the app server's own request path sets; then {@code pgbench} TPC-B
 * on the same server for as long, and the ratio of the two. Exits 1 when an invariant fails or a
 * request errs.
 *
 * <p>Settings, as system properties: {@code bench.url} (the application), {@code bench.db.url} and
 * {@code bench.db.user} (its database), {@code bench.wallets}, {@code bench.clients}, {@code
 * bench.seconds}, {@code bench.warmup.seconds}, {@code bench.pgbench.db} (dropped and created),
 * {@code bench.pgbench.scale}.
 */
public final class PaymentBenchmark {

  private PaymentBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.url", "http://localhost:28080");
    String dbUrl =
        System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/kumiai_paybench");
    String dbUser = System.getProperty("bench.db.user", "postgres");
    int walletCount = Integer.getInteger("bench.wallets", 600);
    int clients = Integer.getInteger("bench.clients", 16);
    int seconds = Integer.getInteger("bench.seconds", 30);
    int warmup = Integer.getInteger("bench.warmup.seconds", 180);
    String pgbenchDb = System.getProperty("bench.pgbench.db", "kumiai_pgbench");
    int scale = Integer.getInteger("bench.pgbench.scale", 10);

    List<BenchWallet> wallets;
    List<Till> tills;
    LedgerInvariants.Count before;
    try (Connection db = DriverManager.getConnection(dbUrl, dbUser, "")) {
      long t0 = System.nanoTime();
      int written = BenchWallets.create(db, walletCount).size();
      wallets = BenchWallets.all(db);
      tills = BenchWallets.tills(db);
      before = LedgerInvariants.count(db);
      System.out.printf(
          Locale.ROOT,
          "%d wallets written (BASE %,d + CAFETERIA %,d yen, an IC card each) in %.1f s;"
              + " paying with %d%n",
          written,
          BenchWallets.BASE,
          BenchWallets.CAFETERIA,
          (System.nanoTime() - t0) / 1e9,
          wallets.size());
    }

    PaymentLoad load = new PaymentLoad(url, wallets, tills);
    PaymentLoad.Outcome warm = load.run(clients, Duration.ofSeconds(warmup), 1);
    System.out.printf(
        Locale.ROOT,
        "warm-up: %d s, %d payments, statuses %s%n",
        warmup,
        warm.created(),
        warm.statuses());
    CpuShares cpu = CpuShares.over(Duration.ofSeconds(Math.max(1, seconds - 2)));
    PaymentLoad.Outcome timed = load.run(clients, Duration.ofSeconds(seconds), 1_000);
    String timedCpu = cpu.describe(timed.perSecond());

    System.out.printf(
        Locale.ROOT,
        "%nPOST /api/v1/payments: %d clients, %d s timed, %d stores, %d wallets%n",
        clients,
        seconds,
        tills.size(),
        wallets.size());
    System.out.printf(
        Locale.ROOT,
        "  requests %d, payments %d, errors %d (statuses %s)%n",
        timed.requests(),
        timed.created(),
        timed.errors(),
        timed.statuses());
    timed.samples().forEach(s -> System.out.println("  e.g. " + s));
    System.out.printf(Locale.ROOT, "  payments/s %.1f%n", timed.perSecond());
    System.out.printf(
        Locale.ROOT,
        "  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        timed.percentileMillis(50),
        timed.percentileMillis(95),
        timed.percentileMillis(99),
        timed.percentileMillis(100));
    double[] p99s = timed.p99OfSecondsMillis();
    System.out.printf(
        Locale.ROOT,
        "  answered in over 25 ms: %.1f %%; p99 of each second: lowest %.1f ms, median %.1f ms,"
            + " highest %.1f ms%n",
        timed.percentOver(25),
        p99s[0],
        p99s[1],
        p99s[2]);
    System.out.println("  " + timedCpu);

    boolean invariantsHold = true;
    System.out.println("\nledger invariants (warm-up and timed run):");
    try (Connection db = DriverManager.getConnection(dbUrl, dbUser, "")) {
      List<Check> checks =
          LedgerInvariants.check(
              db, before, warm.created() + timed.created(), warm.paidYen() + timed.paidYen());
      for (Check c : checks) {
        invariantsHold &= c.holds();
        System.out.printf(
            Locale.ROOT,
            "  %-4s %s: expected %d, found %d%n",
            c.holds() ? "ok" : "FAIL",
            c.rule(),
            c.expected(),
            c.actual());
      }
    }

    cpu = CpuShares.over(Duration.ofSeconds(Math.max(1, seconds - 2)));
    PaymentLoad.Outcome floor = load.runWithoutKeys(clients, Duration.ofSeconds(seconds), 2_000);
    double refusedPerSecond = floor.requests() / floor.seconds();
    System.out.printf(
        Locale.ROOT,
        "%nthe same requests without an Idempotency-Key (refused with 400 before any database work):"
            + "%n  requests/s %.1f, p50 %.1f ms, p99 %.1f ms (statuses %s)%n  %s%n",
        refusedPerSecond,
        floor.percentileMillis(50),
        floor.percentileMillis(99),
        floor.statuses(),
        cpu.describe(refusedPerSecond));

    URI db = URI.create(dbUrl.substring("jdbc:".length()));
    Pgbench pgbench = new Pgbench(db.getHost(), db.getPort(), dbUser, pgbenchDb);
    pgbench.prepare(scale);
    cpu = CpuShares.over(Duration.ofSeconds(Math.max(1, seconds - 2)));
    Pgbench.Run tpcb = pgbench.tpcb(clients, seconds);
    double tps = tpcb.tps();
    String pgbenchCpu = cpu.describe(tps);
    long[] tpcbMicros = Percentiles.sorted(tpcb.latencyMicros());
    double ratio = timed.perSecond() / tps;
    System.out.printf(
        Locale.ROOT,
        "%npgbench TPC-B, scale %d, %d clients, %d s: tps %.1f%n"
            + "  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (pgbench's log)%n",
        scale,
        clients,
        seconds,
        tps,
        Percentiles.millis(tpcbMicros, 50),
        Percentiles.millis(tpcbMicros, 95),
        Percentiles.millis(tpcbMicros, 99),
        Percentiles.millis(tpcbMicros, 100));
    System.out.println("  " + pgbenchCpu + " (load: pgbench)");
    System.out.printf(Locale.ROOT, "ratio payments/s / pgbench tps: %.2f%n", ratio);
    System.out.printf(
        Locale.ROOT,
        "ceiling of that ratio on this machine (refused requests/s / pgbench tps): %.2f%n",
        refusedPerSecond / tps);
    boolean met =
        ratio >= 0.5
            && timed.percentileMillis(99) <= 25
            && timed.errors() == 0
            && warm.errors() == 0
            && invariantsHold;
    System.out.printf(
        Locale.ROOT,
        "goal (ratio >= 0.50, p99 <= 25 ms, no errors, invariants hold): %s%n",
        met ? "met" : "NOT met");
    if (!invariantsHold || timed.errors() > 0 || warm.errors() > 0) {
      System.exit(1);
    }
  }
}
