package org.kumiai.domain.identity;

/** The outcome of typing a code, each with a message of its own on the page. */
public enum CodeCheck {
  ACCEPTED,
  NONE_SENT,
  WRONG,
  EXPIRED,
  TOO_MANY_ATTEMPTS,
  ALREADY_USED,
  REPLACED;

  public boolean accepted() {
    return this == ACCEPTED;
  }
}
