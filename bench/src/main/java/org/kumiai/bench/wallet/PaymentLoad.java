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
        Client client = new Client(new Random(seed + i), end, withKeys);
        running.add(pool.submit(() -> client.loop()));
      }
      List<Client> done = new ArrayList<>();
      for (Future<Client> f : running) {
        done.add(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return merge(done, seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome merge(List<Client> clients, double seconds) {
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
    return new Outcome(all, statuses, failures, paid, created, samples, seconds);
  }

  private final class Client {
    private final KeepAliveConnection http = new KeepAliveConnection(payments);
    private final Random random;
    private final long end;
    private final boolean withKeys;
    private long[] latencies = new long[4096];
    private int count;
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private long failures;
    private long paid;
    private long created;
    private final List<String> samples = new ArrayList<>();

    Client(Random random, long end, boolean withKeys) {
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
        record(System.nanoTime() - t0);
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

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
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
