package org.kumiai.domain.identity;

/** Why a password was refused; pages map each to a message the member can act on. */
public enum PasswordProblem {
  TOO_SHORT,
  TOO_LONG,
  TOO_FEW_KINDS,
  CONTAINS_EMAIL,
  TOO_COMMON
}
