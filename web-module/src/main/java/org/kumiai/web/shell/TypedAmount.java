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
    String digits = digits(typed);
    return digits.matches("\\d{1,8}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
  }

  /**
   * Why the text is not an amount, as an {@code invalid.*} reason: EMPTY, TOO_LARGE (nine digits or
   * more: a typo, or a sum no co-op allows, better said so than "not digits") or NOT_DIGITS.
   */
  public static Optional<String> problem(String typed) {
    if (parse(typed).isPresent()) {
      return Optional.empty();
    }
    String digits = digits(typed);
    if (digits.isEmpty()) {
      return Optional.of("EMPTY");
    }
    return Optional.of(digits.matches("\\d+") ? "TOO_LARGE" : "NOT_DIGITS");
  }

  /**
   * The amount typed in a form's field; when there is none, the reason is shown at the field
   * ({@code clientId}) with the field's label.
   */
  public static Optional<Long> read(String typed, String clientId, String labelKey) {
    problem(typed)
        .ifPresent(
            reason -> Feedback.error(clientId, "invalid." + reason, Feedback.label(labelKey)));
    return parse(typed);
  }

  private static String digits(String typed) {
    return Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
        .replaceAll("[\\s,¥円]", "");
  }
}
