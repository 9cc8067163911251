package org.kumiai.web.wallet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.service.wallet.WalletHistory;

/** The history filter as the page and the CSV link type it: anything unreadable means "any". */
final class HistoryFilters {

  private HistoryFilters() {}

  static WalletHistory.Filter of(String from, String to, String purse, String kind) {
    return new WalletHistory.Filter(
        date(from), date(to), choice(Purse.class, purse), choice(TransactionKind.class, kind));
  }

  /** A member id from an address; null when it is not one. */
  static Long memberId(String typed) {
    try {
      return typed == null ? null : Long.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A day of years 1900 to 9999, as date fields offer; ISO's six-digit years would overflow. */
  private static LocalDate date(String typed) {
    try {
      LocalDate day = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
      return day == null || day.getYear() < 1900 || day.getYear() > 9999 ? null : day;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String typed) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(typed)) {
        return e;
      }
    }
    return null;
  }
}
