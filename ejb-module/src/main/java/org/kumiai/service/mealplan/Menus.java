package org.kumiai.service.mealplan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuRepository;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.mealplan.MenuPreview.Line;
import org.kumiai.service.mealplan.MenuPreview.Outcome;

/**
 * Cafeterias' menus (REQUIREMENTS §5): staff of the co-op see a cafeteria's items and import a menu
 * sheet, first as a preview that names every bad row, then all of it in one transaction.
 */
@Stateless
public class Menus {

  @Inject private MenuRepository menus;
  @Inject private CoopRepository coops;
  @Inject private StaffScope scope;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The cafeterias of the caller's co-ops, as code and name. */
  @RolesAllowed("STAFF")
  public List<Store> cafeterias() {
    List<Store> found = new ArrayList<>();
    scope
        .coops()
        .forEach(
            c ->
                coops.storesOf(coops.getCoop(c.code())).stream()
                    .filter(s -> s.kind() == StoreKind.CAFETERIA)
                    .forEach(found::add));
    return found;
  }

  @RolesAllowed("STAFF")
  public List<MenuItemView> menuOf(String storeCode) {
    return menus.menuOf(cafeteria(storeCode).code()).stream().map(MenuItemView::of).toList();
  }

  /** What importing the sheet would do; writes nothing. */
  @RolesAllowed("STAFF")
  public MenuPreview preview(String storeCode, byte[] sheet, MenuCsv.Encoding encoding) {
    Store store = cafeteria(storeCode);
    List<MenuCsv.Row> rows = MenuCsv.read(sheet, encoding);
    Map<String, MenuItem> existing =
        menus.items(
            store.code(), rows.stream().filter(r -> !r.bad()).map(MenuCsv.Row::code).toList());
    return new MenuPreview(
        rows.stream()
            .map(
                r ->
                    new Line(
                        r.line(),
                        r.code(),
                        r.name(),
                        outcome(r, existing.get(r.code())),
                        r.problems()))
            .toList());
  }

  /**
   * Imports the sheet whole: new items added, changed ones revised from now on, unchanged ones left
   * alone; with any bad row nothing is written ({@code file: BAD_ROWS}). Audited.
   */
  @RolesAllowed("STAFF")
  public MenuPreview importSheet(
      String storeCode, byte[] sheet, MenuCsv.Encoding encoding, String ip) {
    MenuPreview preview = preview(storeCode, sheet, encoding);
    if (!preview.importable()) {
      throw new InvalidValueException("file", "BAD_ROWS");
    }
    Store store = cafeteria(storeCode);
    List<MenuCsv.Row> rows = MenuCsv.read(sheet, encoding);
    Map<String, MenuItem> existing =
        menus.items(store.code(), rows.stream().map(MenuCsv.Row::code).toList());
    Instant now = clock.instant();
    String by = caller();
    for (MenuCsv.Row r : rows) {
      MenuItem item = existing.get(r.code());
      if (item == null) {
        menus.store(MenuItem.define(store.code(), r.terms(), now, by));
      } else {
        item.revise(r.terms(), now, by);
      }
    }
    audit.record(
        AuditAction.MENU_IMPORTED,
        by,
        store.code(),
        ip,
        preview.count(Outcome.NEW)
            + " new, "
            + preview.count(Outcome.CHANGED)
            + " changed, "
            + preview.count(Outcome.UNCHANGED)
            + " unchanged");
    return preview;
  }

  private static Outcome outcome(MenuCsv.Row row, MenuItem existing) {
    if (row.bad()) {
      return Outcome.BAD;
    }
    if (existing == null) {
      return Outcome.NEW;
    }
    return existing.sameAs(row.terms()) ? Outcome.UNCHANGED : Outcome.CHANGED;
  }

  private Store cafeteria(String storeCode) {
    Store store =
        coops
            .findStore(storeCode == null ? "" : storeCode)
            .filter(s -> s.kind() == StoreKind.CAFETERIA)
            .orElseThrow(() -> new InvalidValueException("store", "NOT_CHOSEN"));
    scope.coop(store.coop().code());
    return store;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
