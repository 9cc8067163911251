package org.kumiai.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A typed value that is not acceptable; field and reason map to a message in the user's language.
 */
@ApplicationException(rollback = true)
public class InvalidValueException extends RuntimeException {

  private final String field;
  private final String reason;

  /**
   * The message carries only the field and the reason: the rejected input may be personal data or
   * an attack string, and exception messages end up in logs.
   */
  public InvalidValueException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
