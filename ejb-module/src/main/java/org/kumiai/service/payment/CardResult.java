package org.kumiai.service.payment;

/**
 * The acquirer's answer: approved with its authorization id, declined with its reason, or no answer
 * in time — in which case nobody knows yet whether money moved, and the same key must be used to
 * ask again.
 */
public record CardResult(Outcome outcome, String authorization, String declineReason) {

  /** The three answers an acquirer gives. */
  public enum Outcome {
    APPROVED,
    DECLINED,
    TIMEOUT
  }

  public static CardResult approved(String authorization) {
    return new CardResult(Outcome.APPROVED, authorization, null);
  }

  public static CardResult declined(String reason) {
    return new CardResult(Outcome.DECLINED, null, reason);
  }

  public static CardResult timeout() {
    return new CardResult(Outcome.TIMEOUT, null, null);
  }
}
