package org.kumiai.domain.shared;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of money in whole yen: JPY has no minor unit, so a {@code long} is exact and binary
 * fractions never appear. Never negative here; a refund is a movement the other way, not a negative
 * amount.
 */
public record Yen(long value) implements Comparable<Yen> {

  public static final Yen ZERO = new Yen(0);

  public Yen {
    if (value < 0) {
      throw new IllegalArgumentException("An amount is never negative: " + value);
    }
  }

  public static Yen of(long value) {
    return new Yen(value);
  }

  public Yen plus(Yen other) {
    return new Yen(Math.addExact(value, other.value));
  }

  public Yen times(long quantity) {
    return new Yen(Math.multiplyExact(value, quantity));
  }

  /** ¥14,400 — grouped the Japanese way, which is the same as the English one. */
  public String formatted() {
    return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
  }

  @Override
  public int compareTo(Yen other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
