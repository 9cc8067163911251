package org.kumiai.domain.identity;

/** What a code proves; a code for one purpose never unlocks another. */
public enum CodePurpose {
  SIGN_UP_EMAIL,
  PHONE,
  SIGN_IN,
  PASSWORD_RESET,
  /** Proves the member still reads the registered address before it is changed. */
  EMAIL_OLD,
  /** Proves the member reads the new address. */
  EMAIL_NEW,
  /** Proves a signed-in person reads the registered address of a membership they add. */
  MEMBERSHIP_LINK,
  /** Proving the email or phone before the e-money wallet opens. */
  WALLET
}
