package org.kumiai.domain.coop;

import jakarta.ejb.ApplicationException;

/** No co-op has the code that was asked for. */
@ApplicationException(rollback = true)
public class CoopNotFoundException extends RuntimeException {

  private final String code;

  public CoopNotFoundException(String code) {
    super("No co-op with code " + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
