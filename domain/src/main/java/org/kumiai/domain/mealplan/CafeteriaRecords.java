package org.kumiai.domain.mealplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a wallet bought at cafeterias, summed per payment for calendars and reports. */
public interface CafeteriaRecords {

  /**
   * A cafeteria payment: its yen, what refunds gave back of it, and the nutrition its menu items
   * held at the sale (nothing for items not on the menu).
   */
  record Sale(long id, Instant occurredAt, long amount, long refunded, Nutrition nutrition) {}

  /** A wallet's cafeteria payments in [from, until), oldest first. */
  List<Sale> sales(long walletId, Instant from, Instant until);

  /**
   * What a wallet's payments in [from, until) drew from its MEAL purse, less what their refunds
   * gave back to it: the part of a meal plan used over those days.
   */
  long mealDrawn(long walletId, Instant from, Instant until);

  /** The member's chosen target profile, if they chose one. */
  Optional<DietaryChoice> choice(long memberId);

  void store(DietaryChoice choice);
}
