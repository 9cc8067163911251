package org.kumiai.domain.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kumiai.domain.mealplan.DietaryProfile.Activity;
import org.kumiai.domain.mealplan.DietaryProfile.Sex;

class DietaryProfileTest {

  @Test
  void targetsFollowTheDriForEighteenToTwentyNine() {
    DietaryProfile.DailyTargets m = DietaryProfile.of(Sex.MALE, Activity.MODERATE).targets();
    assertEquals(2650, m.energyKcal());
    assertEquals(65, m.protein());
    // Fat 20-30 % of 2,650 kcal at 9 kcal/g; carbohydrate 50-65 % at 4 kcal/g.
    assertEquals(59, m.fatMin());
    assertEquals(88, m.fatMax());
    assertEquals(331, m.carbohydrateMin());
    assertEquals(431, m.carbohydrateMax());
    assertEquals(7.5, m.saltBelow());

    DietaryProfile.DailyTargets f = DietaryProfile.of(Sex.FEMALE, Activity.LOW).targets();
    assertEquals(1700, f.energyKcal());
    assertEquals(50, f.protein());
    assertEquals(6.5, f.saltBelow());
  }

  @Test
  void moreActivityNeedsMoreEnergyForEitherSex() {
    for (Sex sex : Sex.values()) {
      int low = DietaryProfile.of(sex, Activity.LOW).targets().energyKcal();
      int moderate = DietaryProfile.of(sex, Activity.MODERATE).targets().energyKcal();
      int high = DietaryProfile.of(sex, Activity.HIGH).targets().energyKcal();
      assertTrue(low < moderate && moderate < high, sex.name());
    }
    assertEquals(Sex.FEMALE, DietaryProfile.FEMALE_HIGH.sex());
    assertEquals(Activity.HIGH, DietaryProfile.FEMALE_HIGH.activity());
  }
}
