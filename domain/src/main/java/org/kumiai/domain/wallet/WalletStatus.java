package org.kumiai.domain.wallet;

/** INACTIVE until the member activates it; SUSPENDED refuses payments until staff resume it. */
public enum WalletStatus {
  INACTIVE,
  ACTIVE,
  SUSPENDED
}
