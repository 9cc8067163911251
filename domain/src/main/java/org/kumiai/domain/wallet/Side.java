package org.kumiai.domain.wallet;

/**
 * A ledger entry's side. Purses are what the co-op owes its members, so a CREDIT raises a purse and
 * a DEBIT lowers it; every account's balance is credits minus debits.
 */
public enum Side {
  DEBIT,
  CREDIT
}
