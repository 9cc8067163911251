package org.kumiai.bench.wallet;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.kumiai.bench.Percentiles;
import org.kumiai.bench.wallet.BenchWallets.BenchWallet;
import org.kumiai.bench.wallet.BenchWallets.Till;
import org.kumiai.service.wallet.WalletDemoData;

/**
 * Registers paying as fast as they are answered: each client, a register with its own HTTP
 * connection, draws a wallet and one of its co-op's stores, posts {@code /api/v1/payments} with a
 * fresh UUID as the Idempotency-Key and waits for the answer before the next.
 */
final class PaymentLoad {

  private final URI payments;
  private final List<BenchWallet> wallets;
  private final Map<String, List<Till>> tillsByCoop;

  PaymentLoad(String appUrl, List<BenchWallet> wallets, List<Till> tills) {
    this.payments = URI.create(appUrl + "/api/v1/payments");
    this.wallets = wallets;
    this.tillsByCoop = tills.stream().collect(Collectors.groupingBy(Till::coop));
  }

  /** What one run of the clients saw. */
  record Outcome(
      long[] latenciesMicros,
      double[] p99BySecondMillis,
      Map<Integer, Long> statuses,
      long failures,
      long paidYen,
      long created,
      List<String> samples,
      double seconds) {

    long requests() {
      return latenciesMicros.length;
    }

    long errors() {
      return requests() - created;
    }

    double perSecond() {
      return created / seconds;
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMillis(double p) {
      return Percentiles.millis(latenciesMicros, p);
    }

    /** The share of requests answered in more than this many milliseconds, in percent. */
    double percentOver(double millis) {
      long over = Arrays.stream(latenciesMicros).filter(l -> l > millis * 1000).count();
      return 100.0 * over / latenciesMicros.length;
    }

    /**
     * The lowest, median and highest of the p99s of each whole second of the run: close together
     * when the slow requests are spread over the run, far apart when they come in bursts (a
     * collector's pause, a checkpoint).
     */
    double[] p99OfSecondsMillis() {
      double[] sorted = p99BySecondMillis.clone();
      Arrays.sort(sorted);
      return new double[] {sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]};
    }
  }

  Outcome run(int clients, Duration duration, long seed) throws Exception {
    return run(clients, duration, seed, true);
  }

  /**
   * The same requests without an Idempotency-Key: each is refused with 400 after the register's key
   * is checked and before any database work, so their rate is the ceiling the app server's HTTP,
   * security and JAX-RS path puts on payments on this machine.
   */
  Outcome runWithoutKeys(int clients, Duration duration, long seed) throws Exception {
    return run(clients, duration, seed, false);
  }

  private Outcome run(int clients, Duration duration, long seed, boolean withKeys)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      List<Future<Client>> running = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Client client = new Client(new Random(seed + i), start, end, withKeys);
        running.add(pool.submit(() -> client.loop()));
      }
      List<Client> done = new ArrayList<>();
      for (Future<Client> f : running) {
        done.add(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return merge(done, seconds, (int) duration.toSeconds());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome merge(List<Client> clients, double seconds, int wholeSeconds) {
    int total = clients.stream().mapToInt(c -> c.count).sum();
    long[] all = new long[total];
    int at = 0;
    Map<Integer, Long> statuses = new TreeMap<>();
    long failures = 0;
    long paid = 0;
    long created = 0;
    List<String> samples = new ArrayList<>();
    for (Client c : clients) {
      System.arraycopy(c.latencies, 0, all, at, c.count);
      at += c.count;
      c.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
      failures += c.failures;
      paid += c.paid;
      created += c.created;
      c.samples.stream().limit(3 - Math.min(3, samples.size())).forEach(samples::add);
    }
    Arrays.sort(all);
    return new Outcome(
        all,
        p99BySecond(clients, wholeSeconds),
        statuses,
        failures,
        paid,
        created,
        samples,
        seconds);
  }

  private static double[] p99BySecond(List<Client> clients, int wholeSeconds) {
    List<List<Long>> bySecond = new ArrayList<>();
    for (int i = 0; i < wholeSeconds; i++) {
      bySecond.add(new ArrayList<>());
    }
    for (Client c : clients) {
      for (int i = 0; i < c.count; i++) {
        if (c.answeredInSecond[i] < wholeSeconds) {
          bySecond.get(c.answeredInSecond[i]).add(c.latencies[i]);
        }
      }
    }
    return bySecond.stream()
        .filter(l -> !l.isEmpty())
        .mapToDouble(
            l -> Percentiles.millis(l.stream().mapToLong(Long::longValue).sorted().toArray(), 99))
        .toArray();
  }

  private final class Client {
    private final KeepAliveConnection http = new KeepAliveConnection(payments);
    private final Random random;
    private final long start;
    private final long end;
    private final boolean withKeys;
    private long[] latencies = new long[4096];
    private int[] answeredInSecond = new int[4096];
    private int count;
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private long failures;
    private long paid;
    private long created;
    private final List<String> samples = new ArrayList<>();

    Client(Random random, long start, long end, boolean withKeys) {
      this.start = start;
      this.random = random;
      this.end = end;
      this.withKeys = withKeys;
    }

    Client loop() {
      while (System.nanoTime() < end) {
        BenchWallet wallet = wallets.get(random.nextInt(wallets.size()));
        List<Till> tills = tillsByCoop.get(wallet.coop());
        Till till = tills.get(random.nextInt(tills.size()));
        // 100 to 600 yen, a tray or a shop item: at 1,000 payments a second the 210 s of warm-up
        // and timed run spend well under the 600 wallets' 120M yen.
        long amount = 100 + 10L * random.nextInt(51);
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Authorization", "Bearer " + WalletDemoData.demoKey(till.storeCode()));
        if (withKeys) {
          headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        String request = body(till, wallet, amount);
        long t0 = System.nanoTime();
        int status;
        String answer;
        try {
          KeepAliveConnection.Answer response = http.post(headers, request);
          status = response.status();
          answer = response.body();
        } catch (IOException e) {
          status = 0;
          answer = e.toString();
          failures++;
        }
        long t1 = System.nanoTime();
        record(t1 - t0, (int) ((t1 - start) / 1_000_000_000L));
        statuses.merge(status, 1L, Long::sum);
        if (status == 201) {
          created++;
          paid += amount;
        } else if (samples.size() < 3) {
          samples.add(status + " " + answer);
        }
      }
      http.close();
      return this;
    }

    private void record(long nanos, int second) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
        answeredInSecond = Arrays.copyOf(answeredInSecond, count * 2);
      }
      answeredInSecond[count] = second;
      latencies[count++] = nanos / 1000;
    }
  }

  private static String body(Till till, BenchWallet wallet, long amount) {
    return "{\"storeCode\":\""
        + till.storeCode()
        + "\",\"registerId\":\"R1\",\"credential\":{\"type\":\"IC_CARD\",\"value\":\""
        + wallet.cardUid()
        + "\"},\"amount\":"
        + amount
        + ",\"category\":\""
        + till.category()
        + "\",\"items\":[{\"code\":\"B01\",\"name\":\"bench\",\"quantity\":1,\"unitPrice\":"
        + amount
        + "}]}";
  }
}
