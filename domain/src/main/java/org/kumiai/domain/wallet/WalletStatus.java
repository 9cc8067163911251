package org.kumiai.domain.wallet;

import java.util.Optional;

/**
 * INACTIVE until the member activates it; SUSPENDED refuses payments until staff resume it; CLOSED
 * when the membership ended, its purses emptied, for good.
 */
public enum WalletStatus {
  INACTIVE,
  ACTIVE,
  SUSPENDED,
  CLOSED;

  /**
   * Why a wallet in this state cannot pay, if it cannot; a closed one as a suspended one, the
   * register API's contract having no word of its own for it.
   */
  public Optional<String> refusal() {
    return switch (this) {
      case INACTIVE -> Optional.of("NOT_ACTIVATED");
      case SUSPENDED, CLOSED -> Optional.of("WALLET_SUSPENDED");
      case ACTIVE -> Optional.empty();
    };
  }
}
