package org.kumiai.domain.mealplan;

import java.io.Serializable;

/**
 * Daily targets for a student (18–29 years) by sex and physical activity level, from the Dietary
 * Reference Intakes for Japanese (日本人の食事摂取基準, 2020 edition): the estimated energy requirement, the
 * protein recommended amount, fat at 20–30 % and carbohydrate at 50–65 % of energy (the tentative
 * dietary goals), and the salt equivalent goal as an upper bound.
 */
public enum DietaryProfile {
  MALE_LOW(Sex.MALE, Activity.LOW, 2300),
  MALE_MODERATE(Sex.MALE, Activity.MODERATE, 2650),
  MALE_HIGH(Sex.MALE, Activity.HIGH, 3050),
  FEMALE_LOW(Sex.FEMALE, Activity.LOW, 1700),
  FEMALE_MODERATE(Sex.FEMALE, Activity.MODERATE, 2000),
  FEMALE_HIGH(Sex.FEMALE, Activity.HIGH, 2300);

  /** As the DRI tables split them. */
  public enum Sex {
    MALE,
    FEMALE
  }

  /** The DRI's physical activity levels I, II and III. */
  public enum Activity {
    LOW,
    MODERATE,
    HIGH
  }

  private final Sex sex;
  private final Activity activity;
  private final int energyKcal;

  DietaryProfile(Sex sex, Activity activity, int energyKcal) {
    this.sex = sex;
    this.activity = activity;
    this.energyKcal = energyKcal;
  }

  public static DietaryProfile of(Sex sex, Activity activity) {
    return valueOf(sex.name() + "_" + activity.name());
  }

  public Sex sex() {
    return sex;
  }

  public Activity activity() {
    return activity;
  }

  /** A day's targets; grams from shares of energy use 4 kcal/g for carbohydrate, 9 for fat. */
  public DailyTargets targets() {
    return new DailyTargets(
        energyKcal,
        sex == Sex.MALE ? 65 : 50,
        Math.round(energyKcal * 0.20 / 9),
        Math.round(energyKcal * 0.30 / 9),
        Math.round(energyKcal * 0.50 / 4),
        Math.round(energyKcal * 0.65 / 4),
        sex == Sex.MALE ? 7.5 : 6.5);
  }

  /** A day's targets in kcal and grams. */
  public record DailyTargets(
      int energyKcal,
      int protein,
      long fatMin,
      long fatMax,
      long carbohydrateMin,
      long carbohydrateMax,
      double saltBelow)
      implements Serializable {}
}
