package org.kumiai.service.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only, written once: two months of life before today for the demo wallets (README's IC
 * cards), so the cafeteria history, the wallet history and the reports have something to show —
 * trays at the cafeteria sold by menu code, so their nutrition is on the lines, snacks, stationery
 * and books, and the cash charges they needed ({@link DemoWalletHistory}). What the wallets held
 * today (WalletDemoData's charge) stays, plus what the last charges left over. Every transaction it
 * writes carries {@link #REFERENCE}, which tells generated history from what people did in the
 * demo, and a wallet already written. Production seeds nothing.
 */
@Singleton
@Startup
@DependsOn({"MenuDemoData", "MealPlanDemoData", "WalletDemoData"})
// Each wallet is written in a transaction of its own (DemoWalletHistory): one for all of them
// made the start 2.5 times slower, as every query flushed an ever larger unit of work.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CafeteriaDemoHistory {

  static final String REFERENCE = "demo history";

  private static final Logger LOG = Logger.getLogger(CafeteriaDemoHistory.class.getName());

  /** A demo IC card, the seed of its holder's habits, and how many weekday lunches they eat. */
  private record Regular(String card, long seed, double lunchShare) {}

  private static final List<Regular> REGULARS =
      List.of(
          new Regular("04A1000000000001", 1, 0.85),
          new Regular("04A1000000000002", 2, 0.6),
          // 佐藤 花子 at WAKABA too, where she goes less often than at HOKUTO.
          new Regular("04A1000000000003", 3, 0.25),
          new Regular("04A1000000000004", 4, 0.75),
          // A generated member's card, absent when none are generated.
          new Regular("04A1000000000005", 5, 0.7));

  @Inject private DemoMode demo;
  @Inject private DemoWalletHistory wallets;
  @Inject private Clock clock;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  /** Writes each demo wallet's history unless it is there; says whether it wrote. */
  public boolean seedIfAbsent() {
    if (!demo.isOn()) {
      return false;
    }
    long started = System.nanoTime();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, CoopTime.ZONE);
    int written = 0;
    for (Regular r : REGULARS) {
      written +=
          wallets.write(r.card(), r.seed(), r.lunchShare(), today.minusMonths(2), today, now);
    }
    if (written > 0) {
      LOG.info(
          "Demo history: "
              + written
              + " transactions in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
    }
    return written > 0;
  }
}
