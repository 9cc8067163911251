package org.kumiai.domain.wallet;

/** The parts of a wallet; POINTS is the balance points are earned into. */
public enum Purse {
  BASE,
  CAFETERIA,
  TEXTBOOK,
  MEAL,
  POINTS
}
