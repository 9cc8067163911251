package org.kumiai.service.membership;

import jakarta.ejb.ApplicationException;

/**
 * The file as a whole cannot be imported: empty, in an encoding that is neither UTF-8 nor
 * Shift_JIS, without a required column, too long or not CSV. {@code detail} names what is wrong
 * (the missing columns, the limit), for the message.
 */
@ApplicationException(rollback = true)
public class ImportFileException extends RuntimeException {

  private final String reason;
  private final String detail;

  public ImportFileException(String reason, String detail) {
    super(reason + (detail == null ? "" : " " + detail));
    this.reason = reason;
    this.detail = detail;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
