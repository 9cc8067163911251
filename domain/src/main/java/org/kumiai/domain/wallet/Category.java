package org.kumiai.domain.wallet;

/** What a register sold, for the points rate: books earn more. */
public enum Category {
  FOOD,
  BOOK,
  GOODS
}
