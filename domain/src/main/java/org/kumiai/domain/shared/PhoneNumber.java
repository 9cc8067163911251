package org.kumiai.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Set;

/**
 * A telephone number kept in E.164 form, so one line is stored one way however the member typed it.
 * Input is read as a Japanese number unless it starts with "+" or "00".
 */
@Embeddable
public class PhoneNumber {

  private static final String FIELD = "phone";
  private static final String JAPAN = "81";
  private static final int MAX_RAW_LENGTH = 64;
  private static final int MIN_DIGITS = 8;
  private static final int MAX_DIGITS = 15;

  /**
   * Separators people type between digit groups. Besides ASCII, the dashes NFKC leaves alone: the
   * minus sign and the dash family, and the katakana long-vowel mark, which a Japanese input method
   * produces when "-" is typed in kana mode.
   */
  private static final String SEPARATORS = " -.()\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc";

  /**
   * Country codes are a prefix code: 1 and 7 stand alone, these two-digit codes are assigned, and
   * every other code has three digits. That is enough to split any number without a full table.
   */
  private static final Set<String> TWO_DIGIT_CODES =
      Set.of(
          "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
          "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
          "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

  @Column(name = "phone", length = 16)
  private String value;

  protected PhoneNumber() {}

  private PhoneNumber(String value) {
    this.value = value;
  }

  public static PhoneNumber parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw invalid("EMPTY");
    }
    if (typed.length() > MAX_RAW_LENGTH) {
      throw invalid("TOO_LONG");
    }
    String number = withoutSeparators(Normalizer.normalize(typed, Normalizer.Form.NFKC));
    if (number.startsWith("+")) {
      return new PhoneNumber("+" + international(number.substring(1)));
    }
    if (!isDigits(number)) {
      throw invalid("MALFORMED");
    }
    if (number.startsWith("00")) {
      return new PhoneNumber("+" + international(number.substring(2)));
    }
    return new PhoneNumber("+" + JAPAN + japanese(number));
  }

  private static String withoutSeparators(String s) {
    StringBuilder kept = new StringBuilder(s.length());
    s.chars().filter(c -> SEPARATORS.indexOf(c) < 0).forEach(c -> kept.append((char) c));
    return kept.toString();
  }

  /** Digits after the international prefix: country code and national number. */
  private static String international(String digits) {
    if (!isDigits(digits) || digits.charAt(0) == '0') {
      throw invalid("MALFORMED");
    }
    if (digits.startsWith(JAPAN)) {
      String national = digits.substring(JAPAN.length());
      // "+81 090 ..." keeps the domestic trunk 0 by mistake; one such 0 is accepted and dropped.
      return JAPAN + japanese(national.startsWith("0") ? national : "0" + national);
    }
    if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
      throw invalid("WRONG_LENGTH");
    }
    return digits;
  }

  /**
   * A domestic number with its trunk 0, returned without it. Mobile, IP and other 0A0 numbers have
   * 11 digits and everything else 10, which catches a digit dropped from a mobile number.
   */
  private static String japanese(String domestic) {
    if (domestic.length() < 2 || domestic.charAt(0) != '0') {
      throw invalid(
          domestic.length() < 10 || domestic.length() > 11 ? "WRONG_LENGTH" : "MALFORMED");
    }
    // 00 and 010 are prefixes for dialling abroad, never the start of a number in Japan.
    if (domestic.charAt(1) == '0' || domestic.startsWith("010")) {
      throw invalid("MALFORMED");
    }
    int expected = domestic.length() > 2 && domestic.charAt(2) == '0' ? 11 : 10;
    if (domestic.length() != expected) {
      throw invalid("WRONG_LENGTH");
    }
    return domestic.substring(1);
  }

  private static int countryCodeLength(String digits) {
    char first = digits.charAt(0);
    if (first == '1' || first == '7') {
      return 1;
    }
    return digits.length() >= 2 && TWO_DIGIT_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static InvalidValueException invalid(String reason) {
    return new InvalidValueException(FIELD, reason);
  }

  public String value() {
    return value;
  }

  /** As typed at home: 090… for a Japanese number, the full +… form for any other. */
  public String national() {
    return value.startsWith("+" + JAPAN) ? "0" + value.substring(1 + JAPAN.length()) : value;
  }

  public String countryCode() {
    return value.substring(1, 1 + countryCodeLength(value.substring(1)));
  }

  /** The last four digits are what a member recognises their number by; the rest stays hidden. */
  public String masked() {
    String countryCode = countryCode();
    int hidden = value.length() - 1 - countryCode.length() - 4;
    return "+" + countryCode + " " + "*".repeat(hidden) + value.substring(value.length() - 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, so that logging a value object never writes a member's number to the logs. */
  @Override
  public String toString() {
    return masked();
  }
}
