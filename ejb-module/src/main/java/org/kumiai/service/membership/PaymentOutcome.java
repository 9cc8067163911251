package org.kumiai.service.membership;

import java.io.Serializable;

/** What a card payment came to: paid (with the new member's view), declined, or no answer. */
public record PaymentOutcome(Result result, String declineReason, EnrollmentView enrollment)
    implements Serializable {

  /** The answers a payment page shows. */
  public enum Result {
    PAID,
    DECLINED,
    TIMEOUT
  }
}
