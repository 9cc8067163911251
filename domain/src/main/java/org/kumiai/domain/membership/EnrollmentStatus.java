package org.kumiai.domain.membership;

/** Where an application stands. */
public enum EnrollmentStatus {
  /** Submitted and reviewed; the number is issued when it is paid. */
  AWAITING_PAYMENT,
  PAID,
  /** Not paid in time; the member record stays APPLIED and never gets a number. */
  EXPIRED
}
