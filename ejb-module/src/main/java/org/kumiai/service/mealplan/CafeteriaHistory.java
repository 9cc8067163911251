package org.kumiai.service.mealplan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.CafeteriaRecords;
import org.kumiai.domain.mealplan.DietaryChoice;
import org.kumiai.domain.mealplan.DietaryProfile;
import org.kumiai.domain.mealplan.MealDay;
import org.kumiai.domain.mealplan.Nutrition;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.wallet.PurseDraws;

/**
 * A member's cafeteria history (REQUIREMENTS §5, seed 002 §5 ⑦): the month calendar of spend and
 * energy, a day's items with the nutrition they had when sold, and the daily targets of the
 * member's profile (else the co-op's). Days are cafeteria days, which begin at the co-op's hour.
 */
@Stateless
@RolesAllowed("MEMBER")
public class CafeteriaHistory {

  /** More payments than anyone makes at a cafeteria in a day. */
  private static final int DAY_MAX = 50;

  @Inject private CafeteriaRecords records;
  @Inject private WalletRepository wallets;
  @Inject private CoopRepository coops;
  @Inject private OwnMemberships ownMemberships;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** Today's cafeteria day for the member's co-op. */
  public LocalDate today(long memberId) {
    Coop coop = coops.getCoop(own(memberId).coop().code());
    return MealDay.of(clock.instant(), coop.mealDayStartHour(), LocalTime.NOON).date();
  }

  public CafeteriaMonth month(long memberId, YearMonth month) {
    Member member = own(memberId);
    Coop coop = coops.getCoop(member.coop().code());
    DietaryProfile profile = profile(member, coop);
    Wallet wallet = wallets.findByMember(memberId).orElse(null);
    if (wallet == null) {
      return new CafeteriaMonth(month, List.of(), profile, profile.targets());
    }
    int hour = coop.mealDayStartHour();
    Map<LocalDate, List<CafeteriaRecords.Sale>> byDay = new TreeMap<>();
    for (CafeteriaRecords.Sale s :
        records.sales(
            wallet.id(),
            MealDay.startOf(month.atDay(1), hour),
            MealDay.startOf(month.plusMonths(1).atDay(1), hour))) {
      if (s.refunded() >= s.amount()) {
        // Refunded in full: nothing was eaten, and a day of nothing else is no day at the
        // cafeteria for the month's averages.
        continue;
      }
      byDay
          .computeIfAbsent(
              MealDay.of(s.occurredAt(), hour, LocalTime.NOON).date(), d -> new ArrayList<>())
          .add(s);
    }
    List<CafeteriaMonth.Day> days = new ArrayList<>();
    byDay.forEach(
        (date, sales) ->
            days.add(
                new CafeteriaMonth.Day(
                    date,
                    sales.size(),
                    sales.stream().mapToLong(s -> s.amount() - s.refunded()).sum(),
                    sales.stream()
                        .map(CafeteriaRecords.Sale::nutrition)
                        .reduce(Nutrition.NONE, Nutrition::plus))));
    return new CafeteriaMonth(month, days, profile, profile.targets());
  }

  public CafeteriaDay day(long memberId, LocalDate date) {
    Member member = own(memberId);
    Coop coop = coops.getCoop(member.coop().code());
    DietaryProfile profile = profile(member, coop);
    Wallet wallet = wallets.findByMember(memberId).orElse(null);
    if (wallet == null) {
      return new CafeteriaDay(date, List.of(), Nutrition.NONE, profile, profile.targets());
    }
    Map<String, Store> cafeterias =
        coops.storesOf(coop).stream()
            .filter(s -> s.kind() == StoreKind.CAFETERIA)
            .collect(Collectors.toMap(Store::code, Function.identity()));
    Map<Long, Purse> purses =
        wallets.purses(wallet.id()).stream()
            .collect(Collectors.toMap(LedgerAccount::id, LedgerAccount::purse));
    int hour = coop.mealDayStartHour();
    List<LedgerTransaction> payments =
        new ArrayList<>(
            wallets.payments(
                wallet.id(),
                cafeterias.keySet(),
                MealDay.startOf(date, hour),
                MealDay.startOf(date.plusDays(1), hour),
                0,
                DAY_MAX));
    payments.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
    List<CafeteriaDay.Sale> sales = new ArrayList<>();
    Nutrition totals = Nutrition.NONE;
    for (LedgerTransaction t : payments) {
      long refunded =
          wallets.correctionsOf(t.id()).stream().mapToLong(c -> c.amount().value()).sum();
      List<CafeteriaDay.Item> items =
          t.lines().stream()
              .map(
                  l ->
                      new CafeteriaDay.Item(
                          l.code(),
                          l.name(),
                          l.quantity(),
                          l.unitPrice().value(),
                          l.category().orElse(null),
                          l.nutrition().orElse(null)))
              .toList();
      if (refunded < t.amount().value()) {
        for (PaymentLine l : t.lines()) {
          Nutrition n = l.nutrition().orElse(null);
          totals = n == null ? totals : totals.plus(n.times(l.quantity()));
        }
      }
      sales.add(
          new CafeteriaDay.Sale(
              t.id(),
              t.occurredAt(),
              cafeterias.get(t.storeCode().orElseThrow()).name(),
              t.amount().value(),
              refunded,
              PurseDraws.of(t, purses),
              items));
    }
    return new CafeteriaDay(date, sales, totals, profile, profile.targets());
  }

  /** The member's own profile choice; their days are compared against it from then on. */
  public DietaryProfile choose(long memberId, DietaryProfile profile) {
    Member member = own(memberId);
    Instant now = clock.instant();
    records
        .choice(member.id())
        .ifPresentOrElse(
            c -> c.choose(profile, now),
            () -> records.store(new DietaryChoice(member.id(), profile, now)));
    return profile;
  }

  private DietaryProfile profile(Member member, Coop coop) {
    return records.choice(member.id()).map(DietaryChoice::profile).orElse(coop.dietaryProfile());
  }

  private Member own(long memberId) {
    return ownMemberships.get(context.getCallerPrincipal().getName(), memberId);
  }
}
