package org.kumiai.service.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuRepository;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only, written once: the same menu of 44 everyday university-cafeteria items (curry, set
 * meals, rice bowls, noodles, rice in three sizes, small dishes, soups, desserts, drinks) with
 * nutrition per serving and three-group points on every demo cafeteria. The menu is a sheet in
 * {@code demo-menu.csv} read by {@link MenuCsv}, as staff would import it, so the demo proves the
 * importer reads the sheet co-ops keep. ライス is a side: the menu's categories have no staple, and a
 * tray's main is its dish. Production seeds nothing.
 */
@Singleton
@Startup
@DependsOn("CoopDemoData")
public class MenuDemoData {

  static final String SHEET = "demo-menu.csv";

  private static final Logger LOG = Logger.getLogger(MenuDemoData.class.getName());

  @Inject private DemoMode demo;
  @Inject private CoopRepository coops;
  @Inject private MenuRepository menus;
  @Inject private Clock clock;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  /** Puts the menu on each demo cafeteria that has none yet; says whether it wrote. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn() || coops.findCoop("HOKUTO").isEmpty()) {
      return false;
    }
    List<MenuCsv.Row> rows = sheet();
    Instant now = clock.instant();
    int written = 0;
    for (Coop coop : coops.coops()) {
      for (Store store : coops.storesOf(coop)) {
        // A cafeteria with a menu of its own (staff imported one) keeps it.
        if (store.kind() != StoreKind.CAFETERIA || !menus.menuOf(store.code()).isEmpty()) {
          continue;
        }
        rows.forEach(r -> menus.store(MenuItem.define(store.code(), r.terms(), now, "demo")));
        written++;
      }
    }
    if (written > 0) {
      LOG.info("Demo menu of " + rows.size() + " items put on " + written + " cafeterias");
    }
    return written > 0;
  }

  /** The sheet's rows; a bad row is a mistake in the sheet, so it stops the start. */
  static List<MenuCsv.Row> sheet() {
    byte[] bytes;
    try (InputStream in = MenuDemoData.class.getResourceAsStream(SHEET)) {
      if (in == null) {
        throw new IllegalStateException(SHEET + " missing");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<MenuCsv.Row> rows = MenuCsv.read(bytes, MenuCsv.Encoding.UTF_8);
    rows.stream()
        .filter(MenuCsv.Row::bad)
        .findFirst()
        .ifPresent(
            r -> {
              throw new IllegalStateException(SHEET + " line " + r.line() + ": " + r.problems());
            });
    return rows;
  }
}
