package org.kumiai.service.mealplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuRepository;

@ApplicationScoped
class JpaMenuRepository implements MenuRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(MenuItem item) {
    em.persist(item);
  }

  @Override
  public List<MenuItem> menuOf(String storeCode) {
    return em.createQuery("select m from MenuItem m where m.storeCode = :store", MenuItem.class)
        .setParameter("store", storeCode)
        .getResultStream()
        .sorted(Comparator.comparing(MenuItem::category).thenComparing(MenuItem::code))
        .toList();
  }

  @Override
  public Map<String, MenuItem> items(String storeCode, Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select m from MenuItem m where m.storeCode = :store and m.code in :codes",
            MenuItem.class)
        .setParameter("store", storeCode)
        .setParameter("codes", codes)
        .getResultStream()
        .collect(Collectors.toMap(MenuItem::code, Function.identity()));
  }
}
