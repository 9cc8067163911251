package org.kumiai.web.wallet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.service.wallet.WalletHistory;
import org.kumiai.web.shell.TypedDate;

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

  private static LocalDate date(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : TypedDate.day(typed);
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
