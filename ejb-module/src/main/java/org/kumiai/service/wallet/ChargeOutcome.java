package org.kumiai.service.wallet;

import java.io.Serializable;
import org.kumiai.domain.shared.Yen;

/** What a card charge came to: charged (with the new balances), declined (why), or no answer. */
public record ChargeOutcome(Result result, String declineReason, Yen amount, WalletView wallet)
    implements Serializable {

  /** The three ways a charge can end. */
  public enum Result {
    CHARGED,
    DECLINED,
    TIMEOUT
  }
}
