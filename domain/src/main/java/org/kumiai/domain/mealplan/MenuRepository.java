package org.kumiai.domain.mealplan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Cafeterias' menus. */
public interface MenuRepository {

  void store(MenuItem item);

  /** A cafeteria's items by category, then code. */
  List<MenuItem> menuOf(String storeCode);

  /** The cafeteria's items among {@code codes}, by code. */
  Map<String, MenuItem> items(String storeCode, Collection<String> codes);
}
