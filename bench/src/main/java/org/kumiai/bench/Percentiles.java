package org.kumiai.bench;

import java.util.Arrays;

/** Latency percentiles as the benchmarks print them: nearest rank over sorted microseconds. */
public final class Percentiles {

  private Percentiles() {}

  /** The {@code p}th percentile (0–100) of sorted latencies in microseconds, in milliseconds. */
  public static double millis(long[] sortedMicros, double p) {
    if (sortedMicros.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sortedMicros.length);
    return sortedMicros[Math.max(0, rank - 1)] / 1000.0;
  }

  /** A sorted copy. */
  public static long[] sorted(long[] micros) {
    long[] copy = Arrays.copyOf(micros, micros.length);
    Arrays.sort(copy);
    return copy;
  }
}
