package org.kumiai.domain.shared;

import java.util.regex.Pattern;

/**
 * A name written in katakana (フリガナ), the reading staff and banks file by. Half-width kana are
 * turned full-width by NFKC; hiragana and latin letters are refused, since a reading typed in the
 * wrong script cannot be sorted with the rest.
 */
public final class Katakana {

  public static final int MAX_LENGTH = 50;
  private static final Pattern KATAKANA = Pattern.compile("[\\p{InKatakana}ー・ 　]+");

  private Katakana() {}

  /** The normalised reading for {@code field}, or an {@link InvalidValueException} naming it. */
  public static String parse(String field, String value) {
    String normalised = TypedText.required(field, value, MAX_LENGTH);
    if (!KATAKANA.matcher(normalised).matches()) {
      throw new InvalidValueException(field, "NOT_KATAKANA");
    }
    return normalised;
  }
}
