package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.mealplan.DietaryProfile;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.mealplan.Nutrition;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.wallet.Purse;

/** A cafeteria day: each payment with its items as sold, and the day's totals against targets. */
public record CafeteriaDay(
    LocalDate date,
    List<Sale> sales,
    Nutrition totals,
    DietaryProfile profile,
    DietaryProfile.DailyTargets targets)
    implements Serializable {

  /** A payment: when, where, the yen, what refunds gave back, and the purses it drew from. */
  public record Sale(
      long id,
      Instant occurredAt,
      LocalizedText store,
      long amount,
      long refunded,
      Map<Purse, Long> drawn,
      List<Item> items)
      implements Serializable {}

  /** An item as sold; {@code perServing} null when it was not on the menu. */
  public record Item(
      String code,
      String name,
      int quantity,
      long unitPrice,
      MenuCategory category,
      Nutrition perServing)
      implements Serializable {

    public Nutrition total() {
      return perServing == null ? null : perServing.times(quantity);
    }
  }

  public long spend() {
    return sales.stream().mapToLong(s -> s.amount() - s.refunded()).sum();
  }
}
