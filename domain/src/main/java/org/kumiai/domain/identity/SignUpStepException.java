package org.kumiai.domain.identity;

import jakarta.ejb.ApplicationException;

/** A sign-up step was asked for out of order (a later URL typed, a page posted twice). */
@ApplicationException(rollback = true)
public class SignUpStepException extends RuntimeException {

  private final OnboardingStep expected;

  public SignUpStepException(OnboardingStep expected) {
    super("The next sign-up step is " + expected);
    this.expected = expected;
  }

  /** Where the member should be sent instead. */
  public OnboardingStep expected() {
    return expected;
  }
}
