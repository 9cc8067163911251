package org.kumiai.service.wallet;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;

/**
 * One line of a wallet's history: what happened, where, and how each purse changed (positive: in,
 * negative: out), with the items a register sent.
 */
public record HistoryRow(
    long id,
    Instant occurredAt,
    TransactionKind kind,
    String storeCode,
    Category category,
    long amount,
    Map<Purse, Long> changes,
    long points,
    String reference,
    List<Item> items)
    implements Serializable {

  /** An item of a payment. */
  public record Item(String code, String name, int quantity, long unitPrice)
      implements Serializable {}

  /** The change to spendable e-money (every purse but points). */
  public long spendableChange() {
    return changes.entrySet().stream()
        .filter(e -> e.getKey() != Purse.POINTS)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public long pointsChange() {
    return changes.getOrDefault(Purse.POINTS, 0L);
  }

  /**
   * What to call the row: its kind, except a move out of the points, which is an exchange of points
   * for e-money (a TRANSFER on the ledger).
   */
  public String label() {
    return kind == TransactionKind.TRANSFER && pointsChange() < 0 ? "POINTS_EXCHANGE" : kind.name();
  }
}
