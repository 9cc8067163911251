package org.kumiai.service.mealplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.Category;
import org.kumiai.domain.wallet.PaymentLine;

/**
 * What a demo member buys day by day: trays at the cafeteria (most weekday lunches, some breakfasts
 * and dinners, now and then a weekend lunch), snacks and stationery at the shop, a book now and
 * then. Pure and driven by the caller's seeded {@link Random}, so a fresh demo shows the same
 * habits every time. Times are at least five minutes after a store's usual opening, so a charge
 * taken just before a purchase falls in the same opening; whether the store was open that day is
 * the caller's to check.
 */
final class DemoPurchases {

  /** One visit to a store of the member's co-op, in Japan time. */
  record Purchase(StoreKind store, LocalDateTime at, Category category, List<PaymentLine> lines) {
    Yen amount() {
      return lines.stream().map(PaymentLine::amount).reduce(Yen.ZERO, Yen::plus);
    }
  }

  private static final List<String> MAINS =
      List.of(
          "MA01", "MA02", "MA03", "MA04", "MA05", "MA06", "MA07", "MA08", "MA09", "MA10", "MA11",
          "MA12", "MA13", "MA14", "MA15", "MA16", "MA17", "MA18", "MA19");

  /** Dishes served alone, so the tray takes rice and usually miso soup. */
  private static final Set<String> A_LA_CARTE = Set.of("MA05", "MA06", "MA11", "MA15", "MA18");

  /** Set meals come with rice and miso soup. */
  private static final Set<String> SET_MEALS = Set.of("MA03", "MA04");

  private static final Set<String> NOODLES = Set.of("MA09", "MA10", "MA14", "MA17");
  private static final List<String> RICE = List.of("SI01", "SI02", "SI02", "SI02", "SI03");
  private static final List<String> SIDES =
      List.of("SI04", "SI05", "SI06", "SI07", "SI08", "SI09", "SI10", "SI11", "SI12", "SI13");
  private static final List<String> DESSERTS = List.of("DE01", "DE02", "DE03", "DE04");
  private static final List<String> DRINKS = List.of("DR01", "DR02", "DR03", "DR04", "DR05");

  // The shop's and the bookstore's goods, with codes no menu uses.
  private static final PaymentLine TEA = line("F-GREEN-TEA", "緑茶 500ml", 120);

  private static final List<PaymentLine> SNACKS =
      List.of(
          line("F-ONIGIRI-SAKE", "おにぎり 鮭", 140),
          TEA,
          line("F-SANDWICH", "ミックスサンド", 280),
          line("F-CUP-NOODLE", "カップ麺", 190),
          line("F-CHOCOLATE", "チョコレート", 130));

  private static final List<PaymentLine> STATIONERY =
      List.of(
          line("G-NOTE-B5", "ノート B5 5冊パック", 420),
          line("G-BALLPEN", "ボールペン 0.5 黒", 150),
          line("G-LEAD-05", "シャープペンシル替芯 0.5", 110),
          line("G-LOOSE-LEAF", "ルーズリーフ B5 100枚", 280),
          line("G-USB-32GB", "USBメモリ 32GB", 980));

  private static final List<PaymentLine> BOOKS =
      List.of(
          line("B-LINEAR-ALGEBRA", "参考書 線形代数入門", 2_640),
          line("B-CALCULUS", "参考書 微分積分の基礎", 2_420),
          line("B-ENGLISH-WORDS", "英単語 2000", 1_100),
          line("B-BUNKO", "文庫本", 770),
          line("B-MAGAZINE", "雑誌", 690));

  private final Random random;
  private final Map<String, MenuItem> menu;
  private final double lunchShare;
  private final String favourite;

  /**
   * {@code menu}: the cafeteria's items by code, whose names and prices the trays use (items not on
   * it are left off); {@code lunchShare}: how many weekday lunches the member eats there.
   */
  DemoPurchases(Random random, Map<String, MenuItem> menu, double lunchShare) {
    this.random = random;
    this.menu = menu;
    this.lunchShare = lunchShare;
    this.favourite = pick(MAINS);
  }

  /** Everything bought on the day, in time order. */
  List<Purchase> on(LocalDate day) {
    List<Purchase> bought = new ArrayList<>();
    boolean weekday = day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    if (weekday && chance(0.2)) {
      cafeteria(day, minutes(8, 5, 100), breakfast()).ifPresent(bought::add);
    }
    if (chance(weekday ? lunchShare : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.2 : 0.05)) {
      cafeteria(day, minutes(11, 30, 120), meal()).ifPresent(bought::add);
    }
    if (weekday && chance(0.3)) {
      bought.add(shop(day));
    }
    if (weekday && chance(0.04)) {
      bought.add(
          new Purchase(
              StoreKind.BOOKSTORE, day.atTime(minutes(10, 10, 400)), Category.BOOK, one(BOOKS)));
    }
    if (weekday && chance(0.15)) {
      cafeteria(day, minutes(17, 30, 120), meal()).ifPresent(bought::add);
    }
    bought.sort(Comparator.comparing(Purchase::at));
    return bought;
  }

  private Optional<Purchase> cafeteria(LocalDate day, LocalTime at, List<String> tray) {
    List<PaymentLine> lines =
        tray.stream()
            .filter(menu::containsKey)
            .map(c -> line(c, menu.get(c).nameJa(), menu.get(c).price().value()))
            .toList();
    return lines.isEmpty()
        ? Optional.empty()
        : Optional.of(new Purchase(StoreKind.CAFETERIA, day.atTime(at), Category.FOOD, lines));
  }

  /** Rice, miso soup and natto or an egg, sometimes salmon; or a bowl of udon. */
  private List<String> breakfast() {
    if (chance(0.3)) {
      return List.of("MA09");
    }
    List<String> tray = new ArrayList<>(List.of("SI01", "SO01", chance(0.5) ? "SI10" : "SI11"));
    if (chance(0.4)) {
      tray.add(0, "MA15");
    }
    return tray;
  }

  /** A main, what it comes without, and now and then a side, a dessert or a drink. */
  private List<String> meal() {
    String main = chance(0.25) ? favourite : pick(MAINS);
    List<String> tray = new ArrayList<>(List.of(main));
    if (A_LA_CARTE.contains(main)) {
      tray.add(pick(RICE));
      if (chance(0.85)) {
        tray.add(chance(0.8) ? "SO01" : "SO02");
      }
    } else if (NOODLES.contains(main) && chance(0.2)) {
      tray.add("SI01");
    } else if (!SET_MEALS.contains(main) && !NOODLES.contains(main) && chance(0.3)) {
      tray.add(chance(0.7) ? "SO01" : "SO03");
    }
    if (chance(0.4)) {
      tray.add(pick(SIDES));
    }
    if (chance(0.1)) {
      tray.add(pick(DESSERTS));
    }
    if (chance(0.15)) {
      tray.add(pick(DRINKS));
    }
    return tray;
  }

  private Purchase shop(LocalDate day) {
    LocalDateTime at = day.atTime(minutes(10, 10, 460));
    if (chance(0.6)) {
      List<PaymentLine> snacks = new ArrayList<>(one(SNACKS));
      if (chance(0.5) && !snacks.get(0).code().equals(TEA.code())) {
        snacks.add(TEA);
      }
      return new Purchase(StoreKind.SHOP, at, Category.FOOD, snacks);
    }
    return new Purchase(StoreKind.SHOP, at, Category.GOODS, one(STATIONERY));
  }

  private List<PaymentLine> one(List<PaymentLine> goods) {
    return List.of(pick(goods));
  }

  /** A time from {@code hour}:{@code minute} to {@code span} minutes later. */
  private LocalTime minutes(int hour, int minute, int span) {
    return LocalTime.of(hour, minute).plusMinutes(random.nextInt(span));
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static PaymentLine line(String code, String name, long price) {
    return new PaymentLine(code, name, 1, Yen.of(price));
  }
}
