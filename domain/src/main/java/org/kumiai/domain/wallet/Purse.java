package org.kumiai.domain.wallet;

import java.util.List;

/** The parts of a wallet; POINTS is the balance points are earned into. */
public enum Purse {
  BASE,
  CAFETERIA,
  TEXTBOOK,
  MEAL,
  POINTS;

  /** The purses of money, in the order pages show them (points apart). */
  public static final List<Purse> MONEY = List.of(BASE, CAFETERIA, TEXTBOOK, MEAL);
}
