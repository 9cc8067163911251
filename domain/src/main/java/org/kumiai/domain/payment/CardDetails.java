package org.kumiai.domain.payment;

import java.text.Normalizer;
import java.time.YearMonth;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;

/**
 * A card as typed into a payment form, checked before it is sent to the acquirer: the number by its
 * Luhn digit, the expiry not past, the security code's length, and the birthday (MMDD) that
 * Japanese acquirers ask for. It goes to the gateway and nowhere else — it is not an entity, and
 * {@link #toString()} shows only the last four digits, so a log line cannot leak it.
 */
public final class CardDetails {

  private final String number;
  private final YearMonth expiry;
  private final String securityCode;
  private final String birthday;

  private CardDetails(String number, YearMonth expiry, String securityCode, String birthday) {
    this.number = number;
    this.expiry = expiry;
    this.securityCode = securityCode;
    this.birthday = birthday;
  }

  /** Every field is checked, and every bad one named. */
  public static CardDetails parse(
      String typedNumber,
      String typedExpiry,
      String typedCode,
      String typedBirthday,
      YearMonth thisMonth) {
    String[] number = new String[1];
    YearMonth[] expiry = new YearMonth[1];
    String[] code = new String[1];
    String[] birthday = new String[1];
    InvalidValuesException.check(
        () -> number[0] = number(typedNumber),
        () -> expiry[0] = expiry(typedExpiry, thisMonth),
        () -> code[0] = digits("cardCode", typedCode, 3, 4),
        () -> birthday[0] = birthday(typedBirthday));
    return new CardDetails(number[0], expiry[0], code[0], birthday[0]);
  }

  private static String plain(String typed) {
    return typed == null
        ? ""
        : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "");
  }

  private static String number(String typed) {
    String digits = digits("cardNumber", typed, 14, 19);
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    if (sum % 10 != 0) {
      throw new InvalidValueException("cardNumber", "CHECK_DIGIT");
    }
    return digits;
  }

  private static String digits(String field, String typed, int min, int max) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidValueException(field, "EMPTY");
    }
    if (typed.length() > 64) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    String digits = plain(typed);
    if (!digits.matches("\\d+")) {
      throw new InvalidValueException(field, "NOT_DIGITS");
    }
    if (digits.length() < min || digits.length() > max) {
      throw new InvalidValueException(field, "WRONG_LENGTH");
    }
    return digits;
  }

  /** MM/YY as printed on the card; valid through the end of that month. */
  private static YearMonth expiry(String typed, YearMonth thisMonth) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidValueException("cardExpiry", "EMPTY");
    }
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
    if (!text.matches("\\d{2}/?\\d{2}")) {
      throw new InvalidValueException("cardExpiry", "MALFORMED");
    }
    String digits = text.replace("/", "");
    int month = Integer.parseInt(digits.substring(0, 2));
    if (month < 1 || month > 12) {
      throw new InvalidValueException("cardExpiry", "MALFORMED");
    }
    YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(digits.substring(2)), month);
    if (expiry.isBefore(thisMonth)) {
      throw new InvalidValueException("cardExpiry", "EXPIRED");
    }
    return expiry;
  }

  private static String birthday(String typed) {
    String mmdd = digits("cardBirthday", typed, 4, 4);
    int month = Integer.parseInt(mmdd.substring(0, 2));
    int day = Integer.parseInt(mmdd.substring(2));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new InvalidValueException("cardBirthday", "MALFORMED");
    }
    return mmdd;
  }

  public String number() {
    return number;
  }

  public YearMonth expiry() {
    return expiry;
  }

  public String securityCode() {
    return securityCode;
  }

  public String birthday() {
    return birthday;
  }

  public String last4() {
    return number.substring(number.length() - 4);
  }

  @Override
  public String toString() {
    return "card ****" + last4();
  }
}
