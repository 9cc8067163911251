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

  /**
   * The rate typed in a form's field, in basis points; when there is none, the reason (EMPTY or
   * NOT_A_RATE) is shown at the field ({@code clientId}) with the field's label.
   */
  public static Optional<Integer> read(String typed, String clientId, String labelKey) {
    boolean blank = typed == null || typed.isBlank();
    Optional<Integer> rate = blank ? Optional.empty() : basisPoints(typed);
    if (rate.isEmpty()) {
      Feedback.error(
          clientId, "invalid." + (blank ? "EMPTY" : "NOT_A_RATE"), Feedback.label(labelKey));
    }
    return rate;
  }

  /** Basis points as the percentage staff would type: 50 is "0.5", 1000 is "10". */
  public static String of(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }
}
