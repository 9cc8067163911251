package org.kumiai.domain.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people type it in a form: 2006-04-15, 2006/4/15, 2006年4月15日, 20060415, in half- or
 * full-width digits.
 */
public final class TypedDate {

  private static final Pattern SEPARATED =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  private TypedDate() {}

  public static LocalDate parse(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidValueException(field, "EMPTY");
    }
    if (typed.length() > 32) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    Matcher m = SEPARATED.matcher(text);
    if (!m.matches()) {
      m = COMPACT.matcher(text);
      if (!m.matches()) {
        throw new InvalidValueException(field, "MALFORMED");
      }
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidValueException(field, "MALFORMED");
    }
  }
}
