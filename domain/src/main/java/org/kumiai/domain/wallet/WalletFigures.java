package org.kumiai.domain.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A co-op's e-money figures for the staff report, read from the ledger: what the purses hold (from
 * their balances and, independently, from their entries), and what moved in a period.
 */
public interface WalletFigures {

  /**
   * What the purses hold, summed by purse twice: from the accounts' balance column and from the
   * entries posted to them (credits − debits). Read at one moment, so a payment committing
   * meanwhile cannot make the two disagree.
   */
  Liability liability(String coopCode);

  /** Charges and deposits, by the system account kind they came from: count and yen. */
  Map<AccountKind, long[]> chargesBySource(String coopCode, Instant from, Instant until);

  /** What purses gave to payments and got back from refunds, by store and purse. */
  List<StorePurse> paymentsByStoreAndPurse(String coopCode, Instant from, Instant until);

  /** Points earned on payments, taken back by their refunds, and exchanged for e-money. */
  long[] points(String coopCode, Instant from, Instant until);

  /** The purses' holdings by purse: from their balances, and from their entries. */
  record Liability(Map<Purse, Long> balances, Map<Purse, Long> entries) {}

  /** One store's takings from one purse: paid, refunded. */
  record StorePurse(String storeCode, Purse purse, long paid, long refunded) {

    public long net() {
      return paid - refunded;
    }
  }
}
