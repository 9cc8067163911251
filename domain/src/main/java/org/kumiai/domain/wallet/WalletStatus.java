package org.kumiai.domain.wallet;

/**
 * INACTIVE until the member activates it; SUSPENDED refuses payments until staff resume it; CLOSED
 * when the membership ended, its purses emptied, for good.
 */
public enum WalletStatus {
  INACTIVE,
  ACTIVE,
  SUSPENDED,
  CLOSED
}
