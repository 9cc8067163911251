package org.kumiai.domain.mealplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kumiai.domain.shared.InvalidValuesException;

/**
 * The three food groups' points (三色食品群: 赤 protein foods, 緑 vegetables, 黄 staples) a co-op menu may
 * print for an item, to one decimal.
 */
@Embeddable
public class FoodGroupPoints {

  static final BigDecimal LIMIT = BigDecimal.valueOf(20);

  @Column(name = "red_points", precision = 3, scale = 1)
  private BigDecimal red;

  @Column(name = "green_points", precision = 3, scale = 1)
  private BigDecimal green;

  @Column(name = "yellow_points", precision = 3, scale = 1)
  private BigDecimal yellow;

  protected FoodGroupPoints() {}

  /**
   * Throws {@link InvalidValuesException} naming each point that is missing, negative or absurd.
   */
  public static FoodGroupPoints of(BigDecimal red, BigDecimal green, BigDecimal yellow) {
    InvalidValuesException.check(
        () -> Nutrition.check("redPoints", red, LIMIT),
        () -> Nutrition.check("greenPoints", green, LIMIT),
        () -> Nutrition.check("yellowPoints", yellow, LIMIT));
    FoodGroupPoints p = new FoodGroupPoints();
    p.red = red.setScale(1, RoundingMode.HALF_UP);
    p.green = green.setScale(1, RoundingMode.HALF_UP);
    p.yellow = yellow.setScale(1, RoundingMode.HALF_UP);
    return p;
  }

  public BigDecimal red() {
    return red;
  }

  public BigDecimal green() {
    return green;
  }

  public BigDecimal yellow() {
    return yellow;
  }
}
