package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.LocalDate;

/** One insurance or support product a member has, and the days it covers. */
public record CoverageView(
    String coopName,
    String code,
    String nameJa,
    String nameEn,
    String term,
    LocalDate from,
    LocalDate to)
    implements Serializable {

  public boolean current(LocalDate today) {
    return !today.isBefore(from) && !today.isAfter(to);
  }
}
