package org.kumiai.domain.identity;

/**
 * The sign-up steps in their only order. An account's next step is computed from what it has
 * proven, never stored, so an interrupted sign-up always resumes at the right place.
 */
public enum OnboardingStep {
  EMAIL,
  PASSWORD,
  PHONE,
  PROFILE,
  DONE
}
