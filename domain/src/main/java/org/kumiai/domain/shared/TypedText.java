package org.kumiai.domain.shared;

import java.text.Normalizer;

/**
 * A short text field as typed: required, NFKC-normalised (full-width letters and digits narrowed,
 * half-width kana widened) and stripped, at most so many characters. Over-long input is refused
 * before it is normalised, so a 10,000-character paste costs nothing.
 */
public final class TypedText {

  private TypedText() {}

  public static String required(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "EMPTY");
    }
    if (value.length() > maxLength * 4) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    if (normalised.codePointCount(0, normalised.length()) > maxLength) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    if (hasControl(normalised)) {
      throw new InvalidValueException(field, "MALFORMED");
    }
    return normalised;
  }

  /**
   * Whether the text holds a control character other than a tab or a line break: nobody types one,
   * and PostgreSQL refuses U+0000 in any text, which would fail the whole form with a 500.
   */
  public static boolean hasControl(String text) {
    return text.chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
  }
}
