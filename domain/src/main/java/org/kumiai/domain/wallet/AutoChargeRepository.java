package org.kumiai.domain.wallet;

import java.util.List;
import java.util.Optional;

/** Auto-charges and low-balance alerts, and the wallets whose balances call for them. */
public interface AutoChargeRepository {

  Optional<AutoCharge> findAutoCharge(long walletId);

  void store(AutoCharge autoCharge);

  /** Wallets with an auto-charge that is on and a purse below its threshold. */
  List<Long> dueAutoCharges(int max);

  Optional<BalanceAlert> findAlert(long walletId);

  void store(BalanceAlert alert);

  void remove(BalanceAlert alert);

  /**
   * Wallets whose alert has something to do: below the threshold and not yet told, or back above it
   * after being told.
   */
  List<Long> alertsToCheck(int max);
}
