package org.kumiai.domain.mealplan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an item sits on a cafeteria tray; the Japanese word is what a co-op's menu sheet says. */
public enum MenuCategory {
  MAIN("主菜"),
  SIDE("副菜"),
  SOUP("汁物"),
  DESSERT("デザート"),
  DRINK("飲み物");

  private final String japanese;

  MenuCategory(String japanese) {
    this.japanese = japanese;
  }

  /** The category a menu sheet names, in English (any case) or Japanese. */
  public static Optional<MenuCategory> named(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values())
        .filter(c -> c.name().equals(t.toUpperCase(Locale.ROOT)) || c.japanese.equals(t))
        .findFirst();
  }
}
