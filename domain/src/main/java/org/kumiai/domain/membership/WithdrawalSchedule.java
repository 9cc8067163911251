package org.kumiai.domain.membership;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a withdrawal requested on a given day takes effect: at the end of the academic year (31
 * March), with the refund in spring for requests made by the co-op's deadline (e.g. 30 November). A
 * request after the deadline still takes effect then, but its refund is handled individually.
 */
public record WithdrawalSchedule(LocalDate deadline, LocalDate effectiveOn, boolean late) {

  /** The academic year runs from 1 April to 31 March. */
  public static WithdrawalSchedule of(LocalDate requestedOn, MonthDay deadline) {
    int startYear =
        requestedOn.getMonthValue() >= 4 ? requestedOn.getYear() : requestedOn.getYear() - 1;
    LocalDate end = LocalDate.of(startYear + 1, 3, 31);
    LocalDate deadlineDay =
        deadline.atYear(deadline.getMonthValue() >= 4 ? startYear : startYear + 1);
    return new WithdrawalSchedule(deadlineDay, end, requestedOn.isAfter(deadlineDay));
  }
}
