package org.kumiai.domain.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.PaymentLine;

class MenuItemTest {

  private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");

  private static BigDecimal g(String grams) {
    return new BigDecimal(grams);
  }

  private static Nutrition curry() {
    return Nutrition.of(760, g("18.2"), g("21.5"), g("118.0"), g("3.1"));
  }

  private static MenuItemTerms terms(long price, Nutrition n) {
    return new MenuItemTerms("C001", "カレーライス", "Curry rice", price, MenuCategory.MAIN, n, null);
  }

  private static Map<String, String> problems(Runnable r) {
    InvalidValuesException e = assertThrows(InvalidValuesException.class, r::run);
    return e.problems().stream()
        .collect(Collectors.toMap(InvalidValueException::field, InvalidValueException::reason));
  }

  @Test
  void nutritionNamesEveryNegativeMissingOrAbsurdValue() {
    assertEquals(
        Map.of(
            "energyKcal", "TOO_LARGE",
            "protein", "NEGATIVE",
            "fat", "EMPTY",
            "salt", "TOO_LARGE"),
        problems(() -> Nutrition.of(3001, g("-0.1"), null, g("500"), g("30.1"))));
    assertEquals(
        Map.of("energyKcal", "EMPTY"),
        problems(() -> Nutrition.of(null, g("1"), g("1"), g("1"), g("1"))));
  }

  @Test
  void nutritionKeepsOneDecimalAndAddsUp() {
    Nutrition miso = Nutrition.of(40, g("2.44"), g("1.25"), g("4"), g("1.5"));
    assertEquals(g("2.4"), miso.protein());
    assertEquals(g("1.3"), miso.fat());
    Nutrition tray = curry().plus(miso.times(2));
    assertEquals(840, tray.energyKcal());
    assertEquals(g("23.0"), tray.protein());
    assertEquals(g("126.0"), tray.carbohydrate());
    assertEquals(g("6.1"), tray.salt());
  }

  @Test
  void anItemNamesEveryBadFieldAtOnce() {
    assertEquals(
        Map.of(
            "nameJa", "EMPTY",
            "nameEn", "TOO_LONG",
            "price", "NOT_POSITIVE",
            "category", "EMPTY"),
        problems(
            () ->
                MenuItem.define(
                    "HOKUTO-CAF",
                    new MenuItemTerms("C1", " ", "x".repeat(101), 0, null, curry(), null),
                    AT,
                    "staff")));
    assertEquals(
        "TOO_LARGE",
        problems(() -> MenuItem.define("S", terms(10_001, curry()), AT, "s")).get("price"));
    assertEquals(
        "MALFORMED",
        assertThrows(InvalidValueException.class, () -> MenuItem.checkCode("カレー")).reason());
  }

  @Test
  void aRevisionChangesTheItemButNotASaleTakenBeforeIt() {
    MenuItem item = MenuItem.define("HOKUTO-CAF", terms(400, curry()), AT, "staff");
    PaymentLine sold =
        new PaymentLine("C001", "カレーライス", 2, Yen.of(400))
            .snapshotOf(PaymentLine.MenuSnapshot.of(item));

    Nutrition lighter = Nutrition.of(650, g("17.0"), g("15.0"), g("110.0"), g("2.5"));
    assertTrue(item.revise(terms(420, lighter), AT.plusSeconds(60), "staff"));
    assertFalse(item.revise(terms(420, lighter), AT.plusSeconds(120), "staff"));

    assertEquals(650, item.nutrition().energyKcal());
    assertEquals(Yen.of(420), item.price());
    assertEquals(760, sold.nutrition().orElseThrow().energyKcal());
    assertEquals(MenuCategory.MAIN, sold.category().orElseThrow());
    assertEquals(Yen.of(800), sold.amount());
    assertTrue(new PaymentLine("X9", "持込", 1, Yen.of(100)).nutrition().isEmpty());
  }

  @Test
  void categoriesReadInEnglishOrJapanese() {
    assertEquals(MenuCategory.SOUP, MenuCategory.named("汁物").orElseThrow());
    assertEquals(MenuCategory.DRINK, MenuCategory.named(" drink ").orElseThrow());
    assertTrue(MenuCategory.named("main course").isEmpty());
    for (MenuCategory c : MenuCategory.values()) {
      assertEquals(c, MenuCategory.named(c.name().toLowerCase()).orElseThrow());
    }
  }

  @Test
  void foodGroupPointsAreAllThreeAndBounded() {
    assertEquals(
        Map.of("greenPoints", "NEGATIVE", "yellowPoints", "EMPTY"),
        problems(() -> FoodGroupPoints.of(g("1.0"), g("-1"), null)));
    assertEquals(g("2.5"), FoodGroupPoints.of(g("2.5"), g("0.5"), g("4")).red());
  }
}
