package org.kumiai.bench.wallet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time the app server, PostgreSQL and this load took over a stretch of the run, read from
 * Linux's {@code /proc} (user + system ticks of every process, by its command line; "load" is this
 * JVM and pgbench), so the benchmark can say where a payment's cost lands on the shared machine.
 * Empty where there is no {@code /proc}.
 */
final class CpuShares {

  /** Linux's USER_HZ, the unit of /proc/PID/stat's times. */
  private static final double TICKS_PER_SECOND = 100.0;

  private static final String SELF = Long.toString(ProcessHandle.current().pid());

  private final Thread reader;
  private volatile Map<String, Double> cores = Map.of();

  private CpuShares(Duration window) {
    reader =
        new Thread(
            () -> {
              Map<String, Long> start = ticksByPid();
              long t0 = System.nanoTime();
              try {
                Thread.sleep(window.toMillis());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Map<String, Long> end = ticksByPid();
              double seconds = (System.nanoTime() - t0) / 1e9;
              Map<String, Double> used = new HashMap<>();
              end.forEach(
                  (key, ticks) ->
                      used.merge(
                          key.substring(0, key.indexOf('/')),
                          (ticks - start.getOrDefault(key, 0L)) / TICKS_PER_SECOND / seconds,
                          Double::sum));
              cores = used;
            },
            "cpu-shares");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Reads the processes now and again after {@code window}, which should end a little before the
   * load does: a process that has ended by the second reading (pgbench's back-ends) is lost.
   */
  static CpuShares over(Duration window) {
    return new CpuShares(window);
  }

  /** The cores each used, and the CPU milliseconds each spent per request at {@code perSecond}. */
  String describe(double perSecond) throws InterruptedException {
    reader.join();
    Map<String, Double> c = cores;
    StringBuilder text = new StringBuilder("CPU");
    for (String who : new String[] {"app server", "PostgreSQL", "load"}) {
      double used = c.getOrDefault(who, 0.0);
      text.append(
          String.format(
              Locale.ROOT,
              "%s %s %.2f cores (%.2f ms a request)",
              text.length() > 3 ? "," : "",
              who,
              used,
              used * 1000 / perSecond));
    }
    return text.toString();
  }

  /** Ticks by "who/pid" for the processes of interest. */
  private static Map<String, Long> ticksByPid() {
    Map<String, Long> ticks = new HashMap<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        String pid = proc.getFileName().toString();
        try {
          String who = who(pid, proc);
          if (who != null) {
            ticks.put(who + "/" + pid, ticks(proc));
          }
        } catch (IOException | RuntimeException gone) {
          // The process ended while it was read: it is left out.
        }
      }
    } catch (IOException e) {
      // No /proc (not Linux): no figures.
    }
    return ticks;
  }

  private static String who(String pid, Path proc) throws IOException {
    if (pid.equals(SELF)) {
      return "load";
    }
    String cmd = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
    if (cmd.contains("ASMain")) {
      return "app server";
    }
    if (cmd.startsWith("pgbench") || cmd.contains("/pgbench\0")) {
      return "load";
    }
    return cmd.startsWith("postgres") ? "PostgreSQL" : null;
  }

  private static long ticks(Path proc) throws IOException {
    String stat = Files.readString(proc.resolve("stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
