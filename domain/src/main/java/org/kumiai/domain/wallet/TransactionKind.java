package org.kumiai.domain.wallet;

/** Why money moved. */
public enum TransactionKind {
  /** What the enrollment prepaid, credited at activation. */
  DEPOSIT,
  CHARGE,
  PAYMENT,
  TRANSFER,
  /** Part of a payment given back; points on that part come back too. */
  REFUND,
  /** A whole transaction undone by its mirror. */
  REVERSAL
}
