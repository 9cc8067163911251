package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.kumiai.domain.shared.Yen;

/** One side of a movement: an account, DEBIT or CREDIT, and a positive amount. */
@Embeddable
public class LedgerEntry {

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6)
  private Side side;

  @Column(nullable = false)
  private long amount;

  protected LedgerEntry() {}

  LedgerEntry(long accountId, Side side, Yen amount) {
    if (amount.value() <= 0) {
      throw new IllegalArgumentException("An entry moves a positive amount");
    }
    this.accountId = accountId;
    this.side = Objects.requireNonNull(side, "side");
    this.amount = amount.value();
  }

  public long accountId() {
    return accountId;
  }

  public Side side() {
    return side;
  }

  public Yen amount() {
    return Yen.of(amount);
  }

  /** Credits count up, debits down: the entries of a transaction sum to zero. */
  public long signed() {
    return side == Side.CREDIT ? amount : -amount;
  }
}
