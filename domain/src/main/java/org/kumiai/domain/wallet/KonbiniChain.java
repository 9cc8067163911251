package org.kumiai.domain.wallet;

/** Convenience-store chains a slip can be paid at. */
public enum KonbiniChain {
  LAWSON,
  FAMILYMART,
  MINISTOP,
  SEICOMART,
  DAILY_YAMAZAKI,
  SEVEN_ELEVEN
}
