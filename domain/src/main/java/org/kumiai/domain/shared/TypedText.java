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
    return normalised;
  }
}
