package org.kumiai.domain.wallet;

/** What a ledger account stands for. */
public enum AccountKind {
  /** One purse of one wallet: the co-op's debt to the member. */
  PURSE,
  /** Money the card acquirer owes the co-op for charges by card. */
  CARD_CLEARING,
  /** Money the convenience-store aggregator owes for paid slips. */
  KONBINI_CLEARING,
  /** Cash taken at a store's counter. */
  CASH_DRAWER,
  /** A store's sales paid with e-money. */
  SALES,
  /** The co-op's cost of points given. */
  POINTS_EXPENSE,
  /** E-money and meal plans paid with the enrollment, credited at activation. */
  ENROLLMENT_PREPAID,
  /** Money paid back out to members. */
  REFUNDS,
  /**
   * What a member leaves behind when the membership ends, under the co-op's rules: e-money not
   * spent by the leaving date where it is not refunded, unused meal days, points.
   */
  FORFEITED
}
