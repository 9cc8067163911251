package org.kumiai.domain.wallet;

import jakarta.ejb.ApplicationException;

/** A wallet asked to do what its status does not allow (activate twice, resume an active one). */
@ApplicationException(rollback = true)
public class WalletStateException extends RuntimeException {

  private final WalletStatus status;

  public WalletStateException(WalletStatus status) {
    super("The wallet is " + status);
    this.status = status;
  }

  public WalletStatus status() {
    return status;
  }
}
