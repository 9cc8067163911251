package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.mealplan.FoodGroupPoints;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.Nutrition;
import org.kumiai.domain.shared.Yen;

/**
 * One item a register sold: code, name, quantity and unit price as the register sent them and, when
 * the code is on the cafeteria's menu, the menu's category and nutrition per serving as they were
 * at the sale, so a later menu change leaves this sale's history as it was.
 */
@Embeddable
public class PaymentLine {

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false)
  private long unitPrice;

  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private MenuCategory category;

  @Column(name = "energy_kcal")
  private Integer energyKcal;

  @Column(precision = 5, scale = 1)
  private BigDecimal protein;

  @Column(precision = 5, scale = 1)
  private BigDecimal fat;

  @Column(precision = 5, scale = 1)
  private BigDecimal carbohydrate;

  @Column(precision = 4, scale = 1)
  private BigDecimal salt;

  @Column(name = "red_points", precision = 3, scale = 1)
  private BigDecimal redPoints;

  @Column(name = "green_points", precision = 3, scale = 1)
  private BigDecimal greenPoints;

  @Column(name = "yellow_points", precision = 3, scale = 1)
  private BigDecimal yellowPoints;

  protected PaymentLine() {}

  public PaymentLine(String code, String name, int quantity, Yen unitPrice) {
    this.code = code;
    this.name = name;
    this.quantity = quantity;
    this.unitPrice = unitPrice.value();
  }

  /**
   * What a line keeps of the menu at the sale, as stored: a category, nutrition per serving and
   * food-group points, each null when the item was not on the menu or has none. Copied, not judged:
   * the menu was checked when it was imported.
   */
  public record MenuSnapshot(
      MenuCategory category,
      Integer energyKcal,
      BigDecimal protein,
      BigDecimal fat,
      BigDecimal carbohydrate,
      BigDecimal salt,
      BigDecimal redPoints,
      BigDecimal greenPoints,
      BigDecimal yellowPoints) {

    /** What the menu says of {@code item} now. */
    public static MenuSnapshot of(MenuItem item) {
      Nutrition n = item.nutrition();
      Optional<FoodGroupPoints> p = item.points();
      return new MenuSnapshot(
          item.category(),
          n.energyKcal(),
          n.protein(),
          n.fat(),
          n.carbohydrate(),
          n.salt(),
          p.map(FoodGroupPoints::red).orElse(null),
          p.map(FoodGroupPoints::green).orElse(null),
          p.map(FoodGroupPoints::yellow).orElse(null));
    }
  }

  /** Each line whose code {@code menu} has, with that item's values; the others as they are. */
  public static List<PaymentLine> withMenu(
      List<PaymentLine> lines, Map<String, MenuSnapshot> menu) {
    return lines.stream()
        .map(l -> menu.containsKey(l.code()) ? l.snapshotOf(menu.get(l.code())) : l)
        .toList();
  }

  /** This line with the menu's values as a statement read them from the menu now. */
  public PaymentLine snapshotOf(MenuSnapshot menu) {
    PaymentLine line = new PaymentLine(code, name, quantity, Yen.of(unitPrice));
    line.category = menu.category();
    line.energyKcal = menu.energyKcal();
    line.protein = menu.protein();
    line.fat = menu.fat();
    line.carbohydrate = menu.carbohydrate();
    line.salt = menu.salt();
    line.redPoints = menu.redPoints();
    line.greenPoints = menu.greenPoints();
    line.yellowPoints = menu.yellowPoints();
    return line;
  }

  /** What this line keeps of the menu, as stored (all null when it keeps nothing). */
  public MenuSnapshot menuSnapshot() {
    return new MenuSnapshot(
        category,
        energyKcal,
        protein,
        fat,
        carbohydrate,
        salt,
        redPoints,
        greenPoints,
        yellowPoints);
  }

  public Optional<MenuCategory> category() {
    return Optional.ofNullable(category);
  }

  /** Per serving, as the menu said at the sale; empty when the item was not on the menu. */
  public Optional<Nutrition> nutrition() {
    return energyKcal == null
        ? Optional.empty()
        : Optional.of(Nutrition.of(energyKcal, protein, fat, carbohydrate, salt));
  }

  public Optional<FoodGroupPoints> points() {
    return redPoints == null
        ? Optional.empty()
        : Optional.of(FoodGroupPoints.of(redPoints, greenPoints, yellowPoints));
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public Yen unitPrice() {
    return Yen.of(unitPrice);
  }

  public Yen amount() {
    return Yen.of(unitPrice).times(quantity);
  }
}
