package org.kumiai.domain.wallet;

import jakarta.ejb.ApplicationException;

/** The purses cannot cover an amount; nothing moved. */
@ApplicationException(rollback = true)
public class InsufficientFundsException extends RuntimeException {

  private final Purse purse;

  public InsufficientFundsException(Purse purse) {
    super("Not enough in " + purse);
    this.purse = purse;
  }

  public Purse purse() {
    return purse;
  }
}
