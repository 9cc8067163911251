package org.kumiai.service.mealplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuRepository;
import org.kumiai.domain.mealplan.Nutrition;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.platform.KumiaiDeployment;

/**
 * The demo's menu and generated history as a fresh demo start writes them: the same menu with
 * nutrition that adds up on every cafeteria; 岡田 太郎's two months of trays with their nutrition on
 * the lines, and shop and bookstore purchases; a ledger that still balances, no purse below zero at
 * any moment of the history, and neither written twice.
 */
@ExtendWith(ArquillianExtension.class)
class CafeteriaDemoIT {

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("cafeteria-demo", Map.of());
  }

  @Inject MenuRepository menus;
  @Inject MemberRepository members;
  @Inject WalletRepository wallets;
  @Inject MenuDemoData menuDemo;
  @Inject CafeteriaDemoHistory historyDemo;
  @Inject UserTransaction tx;

  @Test
  void everyDemoCafeteriaHasTheMenuWithNutritionThatAddsUp() throws Exception {
    tx.begin();
    try {
      List<MenuItem> hokuto = menus.menuOf("HOKUTO-CAFE");
      assertTrue(hokuto.size() >= 35 && hokuto.size() <= 50, hokuto.size() + " items");
      assertEquals(
          EnumSet.allOf(MenuCategory.class),
          hokuto.stream().map(MenuItem::category).collect(Collectors.toSet()));
      for (MenuItem item : hokuto) {
        Nutrition n = item.nutrition();
        double atwater =
            4 * n.protein().doubleValue()
                + 9 * n.fat().doubleValue()
                + 4 * n.carbohydrate().doubleValue();
        assertTrue(
            Math.abs(atwater - n.energyKcal()) <= Math.max(1, n.energyKcal() * 0.1),
            item.code() + " " + n);
        assertTrue(item.price().value() >= 50 && item.price().value() <= 600, item.code());
        assertTrue(item.nameEn().isPresent(), item.code());
      }
      assertTrue(hokuto.stream().filter(i -> i.points().isPresent()).count() > hokuto.size() * 0.8);
      assertTrue(
          hokuto.stream()
              .anyMatch(i -> i.nameJa().equals("カレーライス") && i.nutrition().energyKcal() > 600));
      for (String other : List.of("WAKABA-CAFE", "SETO-CAFE")) {
        assertEquals(hokuto.size(), menus.menuOf(other).size(), other);
      }
      assertFalse(menuDemo.seedIfAbsent(), "written once");
    } finally {
      tx.rollback();
    }
  }

  @Test
  void taroHasTwoMonthsOfTraysAndTheLedgerStillBalances() throws Exception {
    tx.begin();
    try {
      long taro =
          members.findByEmail(EmailAddress.parse("taro.okada@hokuto.example.jp")).get(0).id();
      Wallet wallet = wallets.findByMember(taro).orElseThrow();
      LocalDate today = LocalDate.now(CoopTime.ZONE);
      Instant from = today.minusMonths(2).minusDays(1).atStartOfDay(CoopTime.ZONE).toInstant();
      Instant until = today.atStartOfDay(CoopTime.ZONE).toInstant();

      List<LedgerTransaction> trays =
          wallets.payments(wallet.id(), List.of("HOKUTO-CAFE"), from, until, 0, 500);
      assertTrue(trays.size() >= 30, trays.size() + " trays");
      Set<LocalDate> days =
          trays.stream()
              .map(t -> LocalDate.ofInstant(t.occurredAt(), CoopTime.ZONE))
              .collect(Collectors.toSet());
      LocalDate first = days.stream().min(Comparator.naturalOrder()).orElseThrow();
      assertTrue(ChronoUnit.DAYS.between(first, today) >= 50, "from " + first);
      assertTrue(days.stream().anyMatch(d -> d.isAfter(today.minusDays(15))), "up to lately");
      assertTrue(
          days.stream().map(d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct().count() >= 8,
          "spread over the weeks: " + days);
      for (LedgerTransaction t : trays) {
        assertEquals(
            t.amount(), t.lines().stream().map(PaymentLine::amount).reduce(Yen.ZERO, Yen::plus));
        for (PaymentLine line : t.lines()) {
          assertTrue(line.nutrition().isPresent(), line.code() + " of " + t.id());
          assertTrue(line.category().isPresent(), line.code());
        }
      }
      List<LedgerTransaction> shopping =
          wallets.payments(wallet.id(), List.of("HOKUTO-SHOP", "HOKUTO-BOOK"), from, until, 0, 500);
      assertTrue(shopping.size() >= 3, shopping.size() + " at the shop and bookstore");
      assertTrue(
          shopping.stream()
              .flatMap(t -> t.lines().stream())
              .allMatch(l -> l.nutrition().isEmpty() && !l.code().isEmpty()));

      assertEquals(0, wallets.entrySum(), "every transaction balances");
      assertEquals(0, wallets.pursesOffTheirEntries(), "balances are their entries");
      Map<Long, Purse> purses =
          wallets.purses(wallet.id()).stream()
              .collect(Collectors.toMap(LedgerAccount::id, LedgerAccount::purse));
      WalletRepository.HistoryQuery everything =
          new WalletRepository.HistoryQuery(null, null, null, null, null);
      List<LedgerTransaction> all = wallets.history(wallet.id(), everything, 0, 2_000);
      assertTrue(all.size() < 2_000);
      assertTrue(
          all.stream()
              .anyMatch(t -> t.kind() == TransactionKind.CHARGE && t.occurredAt().isBefore(until)));
      Map<Purse, Long> running = new EnumMap<>(Purse.class);
      all.stream()
          .sorted(Comparator.comparing(LedgerTransaction::occurredAt))
          .forEach(
              t -> {
                for (LedgerEntry e : t.entries()) {
                  Purse p = purses.get(e.accountId());
                  if (p != null && running.merge(p, e.signed(), Long::sum) < 0) {
                    throw new AssertionError(
                        p + " below zero after " + t.id() + " at " + t.occurredAt());
                  }
                }
              });
      Map<Purse, Long> now =
          wallets.purses(wallet.id()).stream()
              .collect(Collectors.toMap(LedgerAccount::purse, a -> a.balance().value()));
      assertTrue(now.get(Purse.BASE) >= 10_000, "README's demo charge is still there: " + now);
      assertTrue(now.get(Purse.CAFETERIA) >= 3_000, now.toString());

      assertFalse(historyDemo.seedIfAbsent(), "written once");
      assertEquals(all.size(), wallets.history(wallet.id(), everything, 0, 2_000).size());
    } finally {
      tx.rollback();
    }
  }
}
