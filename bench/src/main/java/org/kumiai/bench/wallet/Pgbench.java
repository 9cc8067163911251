package org.kumiai.bench.wallet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own TPC-B-like load ({@code pgbench}) on a database of its own on the same server:
 * the yardstick the payments per second are compared with.
 */
final class Pgbench {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");

  private final String host;
  private final int port;
  private final String user;
  private final String database;

  Pgbench(String host, int port, String user, String database) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.database = database;
  }

  /** Makes the TPC-B tables at {@code scale} in a fresh database. */
  void prepare(int scale) throws IOException, InterruptedException, SQLException {
    recreate();
    run("-i", "-q", "-s", Integer.toString(scale));
  }

  /** What a TPC-B run gave: transactions per second, and each transaction's latency (µs). */
  record Run(double tps, long[] latencyMicros) {}

  /**
   * TPC-B with {@code clients} for {@code seconds}, each transaction's latency taken from pgbench's
   * own log ({@code -l}: the third field of a line is its latency in microseconds).
   */
  Run tpcb(int clients, int seconds) throws IOException, InterruptedException {
    Path logs = Files.createTempDirectory("pgbench");
    try {
      String out =
          run(
              "-c",
              Integer.toString(clients),
              "-j",
              Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
              "-T",
              Integer.toString(seconds),
              "-l",
              "--log-prefix=" + logs.resolve("tx"));
      Matcher m = TPS.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("pgbench printed no tps:\n" + out);
      }
      List<Long> micros = new ArrayList<>();
      try (Stream<Path> files = Files.list(logs)) {
        for (Path f : files.toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            micros.add(Long.parseLong(line.split(" ")[2]));
          }
        }
      }
      return new Run(
          Double.parseDouble(m.group(1)), micros.stream().mapToLong(Long::longValue).toArray());
    } finally {
      try (Stream<Path> files = Files.list(logs)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(logs);
    }
  }

  private void recreate() throws SQLException {
    String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection db = DriverManager.getConnection(url, user, "");
        Statement s = db.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute("CREATE DATABASE " + database);
    }
  }

  private String run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("pgbench", "-h", host, "-p", Integer.toString(port), "-U", user));
    command.addAll(List.of(args));
    command.add(database);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }
}
