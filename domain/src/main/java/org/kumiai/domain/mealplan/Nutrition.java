package org.kumiai.domain.mealplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;

/**
 * Energy and the four nutrients a Japanese menu prints per serving: energy in kcal, protein, fat,
 * carbohydrate and salt equivalent (食塩相当量) in grams to one decimal.
 */
@Embeddable
public class Nutrition implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Per serving, more than any cafeteria dish holds: a typo guard, not a dietary rule. */
  static final int ENERGY_LIMIT = 3000;

  static final BigDecimal PROTEIN_LIMIT = BigDecimal.valueOf(200);
  static final BigDecimal FAT_LIMIT = BigDecimal.valueOf(200);
  static final BigDecimal CARBOHYDRATE_LIMIT = BigDecimal.valueOf(500);
  static final BigDecimal SALT_LIMIT = BigDecimal.valueOf(30);

  public static final Nutrition NONE =
      new Nutrition(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

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

  protected Nutrition() {}

  private Nutrition(
      int energyKcal,
      BigDecimal protein,
      BigDecimal fat,
      BigDecimal carbohydrate,
      BigDecimal salt) {
    this.energyKcal = energyKcal;
    this.protein = protein.setScale(1, RoundingMode.HALF_UP);
    this.fat = fat.setScale(1, RoundingMode.HALF_UP);
    this.carbohydrate = carbohydrate.setScale(1, RoundingMode.HALF_UP);
    this.salt = salt.setScale(1, RoundingMode.HALF_UP);
  }

  /**
   * A serving's values; throws {@link InvalidValuesException} naming each value that is missing,
   * negative ({@code NEGATIVE}) or absurd for one serving ({@code TOO_LARGE}).
   */
  public static Nutrition of(
      Integer energyKcal,
      BigDecimal protein,
      BigDecimal fat,
      BigDecimal carbohydrate,
      BigDecimal salt) {
    InvalidValuesException.check(
        () ->
            check(
                "energyKcal",
                energyKcal == null ? null : BigDecimal.valueOf(energyKcal),
                BigDecimal.valueOf(ENERGY_LIMIT)),
        () -> check("protein", protein, PROTEIN_LIMIT),
        () -> check("fat", fat, FAT_LIMIT),
        () -> check("carbohydrate", carbohydrate, CARBOHYDRATE_LIMIT),
        () -> check("salt", salt, SALT_LIMIT));
    return new Nutrition(energyKcal, protein, fat, carbohydrate, salt);
  }

  /** Totals of several servings, which no per-serving limit bounds. */
  public static Nutrition total(
      int energyKcal,
      BigDecimal protein,
      BigDecimal fat,
      BigDecimal carbohydrate,
      BigDecimal salt) {
    return new Nutrition(energyKcal, protein, fat, carbohydrate, salt);
  }

  static void check(String field, BigDecimal value, BigDecimal limit) {
    if (value == null) {
      throw new InvalidValueException(field, "EMPTY");
    }
    if (value.signum() < 0) {
      throw new InvalidValueException(field, "NEGATIVE");
    }
    if (value.compareTo(limit) > 0) {
      throw new InvalidValueException(field, "TOO_LARGE");
    }
  }

  public int energyKcal() {
    return energyKcal;
  }

  public BigDecimal protein() {
    return protein;
  }

  public BigDecimal fat() {
    return fat;
  }

  public BigDecimal carbohydrate() {
    return carbohydrate;
  }

  public BigDecimal salt() {
    return salt;
  }

  /** What {@code servings} of this hold. */
  public Nutrition times(int servings) {
    BigDecimal n = BigDecimal.valueOf(servings);
    return new Nutrition(
        energyKcal * servings,
        protein.multiply(n),
        fat.multiply(n),
        carbohydrate.multiply(n),
        salt.multiply(n));
  }

  public Nutrition plus(Nutrition other) {
    return new Nutrition(
        energyKcal + other.energyKcal,
        protein.add(other.protein),
        fat.add(other.fat),
        carbohydrate.add(other.carbohydrate),
        salt.add(other.salt));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nutrition n
        && Objects.equals(energyKcal, n.energyKcal)
        && protein.compareTo(n.protein) == 0
        && fat.compareTo(n.fat) == 0
        && carbohydrate.compareTo(n.carbohydrate) == 0
        && salt.compareTo(n.salt) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(energyKcal, protein.stripTrailingZeros(), salt.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return energyKcal + " kcal P" + protein + " F" + fat + " C" + carbohydrate + " salt " + salt;
  }
}
