package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

/**
 * A low-balance alert: one mail when the e-money the member can spend falls below the threshold,
 * and no other until it has been back above it, so a member paying lunch every day is told once.
 */
@Entity
@Table(name = "balance_alert")
public class BalanceAlert {

  @Id
  @Column(name = "wallet_id")
  private long walletId;

  @Column(nullable = false)
  private long threshold;

  @Column(name = "alerted_at")
  private Instant alertedAt;

  @Version private long version;

  protected BalanceAlert() {}

  public BalanceAlert(long walletId, Yen threshold) {
    this.walletId = walletId;
    change(threshold);
  }

  public void change(Yen threshold) {
    if (threshold.value() < 100 || threshold.value() > 1_000_000) {
      throw new InvalidValueException("alertThreshold", "OUT_OF_RANGE");
    }
    this.threshold = threshold.value();
    this.alertedAt = null;
  }

  /**
   * Whether to mail now, given what the member can spend: true once per fall below; a balance back
   * at or above the threshold makes the next fall count again.
   */
  public boolean due(Yen spendable, Instant now) {
    if (spendable.value() >= threshold) {
      alertedAt = null;
      return false;
    }
    if (alertedAt != null) {
      return false;
    }
    alertedAt = now.truncatedTo(ChronoUnit.MICROS);
    return true;
  }

  public long walletId() {
    return walletId;
  }

  public Yen threshold() {
    return Yen.of(threshold);
  }

  public boolean alerted() {
    return alertedAt != null;
  }
}
