package org.kumiai.domain.membership;

import jakarta.ejb.ApplicationException;

/** The application can no longer be paid: it was paid already, or it expired. */
@ApplicationException(rollback = true)
public class EnrollmentClosedException extends RuntimeException {

  private final EnrollmentStatus status;

  public EnrollmentClosedException(EnrollmentStatus status) {
    super("The application is " + status);
    this.status = status;
  }

  public EnrollmentStatus status() {
    return status;
  }
}
