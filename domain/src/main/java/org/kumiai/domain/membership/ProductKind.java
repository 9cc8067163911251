package org.kumiai.domain.membership;

/** What an enrollment item is, which decides how it is chosen and what paying for it does. */
public enum ProductKind {
  /** Share capital (出資金), bought in units; each co-op sets a minimum. */
  SHARE,
  /** An insurance or mutual-aid product (共済・保険) with its code and term. */
  INSURANCE,
  /** A support service such as 学生生活110番. */
  SUPPORT,
  /** The first e-money deposit, credited to the wallet when it is activated. */
  DEPOSIT,
  /**
   * A meal plan (ミール) for the academic year: paid at enrollment, spent in the cafeteria up to a
   * daily amount; its MEAL purse is credited when the wallet is activated.
   */
  MEAL_PLAN
}
