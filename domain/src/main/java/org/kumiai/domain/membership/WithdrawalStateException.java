package org.kumiai.domain.membership;

import jakarta.ejb.ApplicationException;

/**
 * A withdrawal asked to do what its state does not allow (paid out twice, reviewed after payout).
 */
@ApplicationException(rollback = true)
public class WithdrawalStateException extends RuntimeException {

  private final Withdrawal.Status status;

  public WithdrawalStateException(Withdrawal.Status status) {
    super("The withdrawal is " + status);
    this.status = status;
  }

  public Withdrawal.Status status() {
    return status;
  }
}
