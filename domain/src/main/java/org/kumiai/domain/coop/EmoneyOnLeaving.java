package org.kumiai.domain.coop;

/** A co-op's rule for the e-money a withdrawing member still holds. */
public enum EmoneyOnLeaving {
  /** Refunded with the share capital, by the same transfer or in cash. */
  REFUNDED,
  /** To be spent by the day the withdrawal takes effect; what remains is not refunded. */
  SPEND_BY_END
}
