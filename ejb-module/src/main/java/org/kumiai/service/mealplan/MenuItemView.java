package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kumiai.domain.mealplan.FoodGroupPoints;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.Nutrition;

/** A menu item as pages show it; points null when the menu prints none. */
public record MenuItemView(
    String code,
    String nameJa,
    String nameEn,
    long price,
    MenuCategory category,
    int energyKcal,
    BigDecimal protein,
    BigDecimal fat,
    BigDecimal carbohydrate,
    BigDecimal salt,
    BigDecimal red,
    BigDecimal green,
    BigDecimal yellow)
    implements Serializable {

  static MenuItemView of(MenuItem i) {
    Nutrition n = i.nutrition();
    FoodGroupPoints p = i.points().orElse(null);
    return new MenuItemView(
        i.code(),
        i.nameJa(),
        i.nameEn().orElse(null),
        i.price().value(),
        i.category(),
        n.energyKcal(),
        n.protein(),
        n.fat(),
        n.carbohydrate(),
        n.salt(),
        p == null ? null : p.red(),
        p == null ? null : p.green(),
        p == null ? null : p.yellow());
  }
}
