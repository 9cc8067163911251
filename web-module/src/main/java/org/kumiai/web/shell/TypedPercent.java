package org.kumiai.web.shell;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * A rate as staff type it, in percent: {@code 0.5}, {@code 10}, {@code ０．５％}; at most two decimals,
 * since rates are kept in basis points. Anything else is not a rate.
 */
public final class TypedPercent {

  private TypedPercent() {}

  /**
   * The rate in basis points (0.5% is 50), if the text is a percentage with two decimals at most.
   */
  public static Optional<Integer> basisPoints(String typed) {
    String text =
        Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
            .replaceAll("[\\s%]", "");
    if (!text.matches("\\d{1,5}(\\.\\d{1,2})?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text).movePointRight(2).intValueExact());
  }

  /** Basis points as the percentage staff would type: 50 is "0.5", 1000 is "10". */
  public static String of(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }
}
