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
  REVERSAL,
  /**
   * The membership ended: every purse emptied, what the co-op's rules give back to REFUNDS (paid
   * out with the share capital), the rest to FORFEITED.
   */
  CLOSURE
}
