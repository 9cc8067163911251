package org.kumiai.domain.mealplan;

/**
 * A menu item as staff give it (a form or a CSV row); {@code points} null when the menu prints no
 * three-group points.
 */
public record MenuItemTerms(
    String code,
    String nameJa,
    String nameEn,
    long price,
    MenuCategory category,
    Nutrition nutrition,
    FoodGroupPoints points) {}
