package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import org.kumiai.domain.shared.InvalidValueException;

/**
 * A 12-digit membership number: an 11-digit serial and a Damm check digit, so any single mistyped
 * digit and any swap of two adjacent digits is caught at entry.
 */
@Embeddable
public class MembershipNumber {

  static final int LENGTH = 12;
  static final long MAX_SERIAL = 99_999_999_999L;
  private static final String FIELD = "membershipNumber";
  private static final int MAX_RAW_LENGTH = 64;

  /**
   * Group separators people type or paste. Besides space and "-", the dashes NFKC leaves alone: the
   * minus sign, the dash family and the katakana long-vowel mark a kana input method gives for "-".
   */
  private static final String SEPARATORS = " -\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc";

  /**
   * The order-10 weakly totally anti-symmetric quasigroup published with the algorithm (as on
   * Wikipedia's "Damm algorithm" page). Its zero diagonal is what makes a valid number, check digit
   * included, fold to 0.
   */
  private static final int[][] DAMM = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
    {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
    {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
    {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
    {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
    {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
    {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
  };

  @Column(name = "membership_number", length = LENGTH)
  private String value;

  protected MembershipNumber() {}

  private MembershipNumber(String value) {
    this.value = value;
  }

  public static MembershipNumber parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw invalid("EMPTY");
    }
    if (typed.length() > MAX_RAW_LENGTH) {
      throw invalid("TOO_LONG");
    }
    String digits = withoutSeparators(Normalizer.normalize(typed, Normalizer.Form.NFKC));
    // ASCII digits only: Character.isDigit would also let through digits of other scripts.
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid("NOT_DIGITS");
    }
    if (digits.length() != LENGTH) {
      throw invalid("WRONG_LENGTH");
    }
    if (checkDigit(digits) != 0) {
      throw invalid("CHECK_DIGIT");
    }
    return new MembershipNumber(digits);
  }

  public static MembershipNumber issue(long serial) {
    if (serial < 0 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial out of range: " + serial);
    }
    // Locale.ROOT: some default locales would format the serial in non-ASCII digits.
    String digits = String.format(Locale.ROOT, "%011d", serial);
    return new MembershipNumber(digits + checkDigit(digits));
  }

  /** The digit that makes {@code digits} valid; 0 when they already end in their check digit. */
  static int checkDigit(String digits) {
    int interim = 0;
    for (int i = 0; i < digits.length(); i++) {
      interim = DAMM[interim][digits.charAt(i) - '0'];
    }
    return interim;
  }

  private static String withoutSeparators(String s) {
    StringBuilder kept = new StringBuilder(s.length());
    s.chars().filter(c -> SEPARATORS.indexOf(c) < 0).forEach(c -> kept.append((char) c));
    return kept.toString();
  }

  private static InvalidValueException invalid(String reason) {
    return new InvalidValueException(FIELD, reason);
  }

  public String value() {
    return value;
  }

  /** Groups of four: easier to read out and to copy than twelve digits in a row. */
  public String formatted() {
    return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MembershipNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
