package org.kumiai.web.shell;

import java.text.Normalizer;
import java.util.Optional;

/**
 * An amount of yen as people type it: full-width digits, spaces, thousands separators, ¥ or 円 are
 * fine; anything else, or more than eight digits, is not an amount.
 */
public final class TypedAmount {

  private TypedAmount() {}

  public static Optional<Long> parse(String typed) {
    String digits =
        Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
            .replaceAll("[\\s,¥円]", "");
    return digits.matches("\\d{1,8}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
  }
}
