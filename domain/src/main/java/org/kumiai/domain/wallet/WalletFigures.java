package org.kumiai.domain.wallet;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
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

  /**
   * How the purses' holdings moved over a period, purse by purse: what they held when it began (the
   * entries of everything that occurred before it) and credits − debits within it by transaction
   * kind. One statement reads both, so the period's closing figures follow from them.
   */
  Movements movements(String coopCode, Instant from, Instant until);

  /** Charges and deposits, by the system account kind they came from: count and yen. */
  Map<AccountKind, long[]> chargesBySource(String coopCode, Instant from, Instant until);

  /** What purses gave to payments and got back from refunds, by store and purse. */
  List<StorePurse> paymentsByStoreAndPurse(String coopCode, Instant from, Instant until);

  /** Points earned on payments, taken back by their refunds, and exchanged for e-money. */
  long[] points(String coopCode, Instant from, Instant until);

  /** The purses' holdings by purse: from their balances, and from their entries. */
  record Liability(Map<Purse, Long> balances, Map<Purse, Long> entries) {}

  /**
   * The purses' holdings at a period's start, what each kind of transaction added (negative: took)
   * within it, and so what they held at its end.
   */
  record Movements(Map<Purse, Long> opening, Map<TransactionKind, Map<Purse, Long>> byKind)
      implements Serializable {

    public Movements {
      opening = full(opening);
      Map<TransactionKind, Map<Purse, Long>> kinds = new EnumMap<>(TransactionKind.class);
      byKind.forEach((kind, purses) -> kinds.put(kind, full(purses)));
      byKind = kinds;
    }

    public Map<Purse, Long> closing() {
      Map<Purse, Long> out = new EnumMap<>(opening);
      byKind.values().forEach(m -> m.forEach((p, yen) -> out.merge(p, yen, Long::sum)));
      return out;
    }

    public long openingTotal() {
      return sum(opening);
    }

    public long closingTotal() {
      return sum(closing());
    }

    public long total(TransactionKind kind) {
      return sum(byKind.getOrDefault(kind, Map.of()));
    }

    private static long sum(Map<Purse, Long> yen) {
      return yen.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<Purse, Long> full(Map<Purse, Long> some) {
      Map<Purse, Long> out = new EnumMap<>(Purse.class);
      for (Purse p : Purse.values()) {
        out.put(p, some.getOrDefault(p, 0L));
      }
      return out;
    }
  }

  /** One store's takings from one purse: paid, refunded. */
  record StorePurse(String storeCode, Purse purse, long paid, long refunded)
      implements Serializable {

    public long net() {
      return paid - refunded;
    }
  }
}
