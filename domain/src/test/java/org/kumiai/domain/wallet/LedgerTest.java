package org.kumiai.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.shared.Yen;

class LedgerTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
  private long nextId = 1;

  /** An account as the repository would hand it over: with its id. */
  private LedgerAccount withId(LedgerAccount account) {
    try {
      Field id = LedgerAccount.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(account, nextId++);
      return account;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private LedgerAccount purse(Purse purse, long balance) {
    Wallet wallet = new Wallet(1, "HOKUTO");
    LedgerAccount account = withId(LedgerAccount.purse(wallet, purse));
    if (balance > 0) {
      LedgerTransaction.of(TransactionKind.DEPOSIT, "HOKUTO", NOW, NOW, "test")
          .amount(Yen.of(balance))
          .debit(
              withId(LedgerAccount.system(AccountKind.ENROLLMENT_PREPAID, "HOKUTO", null)),
              Yen.of(balance))
          .credit(account, Yen.of(balance))
          .post();
    }
    return account;
  }

  @Test
  void theCafeteriaTakesMealThenCafeteriaThenBase() {
    Map<Purse, Yen> balances =
        Map.of(Purse.MEAL, Yen.of(800), Purse.CAFETERIA, Yen.of(100), Purse.BASE, Yen.of(5_000));
    Map<Purse, Yen> draws =
        PaymentRules.draw(balances, PaymentRules.order(StoreKind.CAFETERIA), Yen.of(1_200), null);
    assertEquals(List.of(Purse.MEAL, Purse.CAFETERIA, Purse.BASE), List.copyOf(draws.keySet()));
    assertEquals(Yen.of(800), draws.get(Purse.MEAL));
    assertEquals(Yen.of(100), draws.get(Purse.CAFETERIA));
    assertEquals(Yen.of(300), draws.get(Purse.BASE));
    Map<Purse, Yen> capped =
        PaymentRules.draw(
            balances, PaymentRules.order(StoreKind.CAFETERIA), Yen.of(1_200), Yen.of(500));
    assertEquals(Yen.of(500), capped.get(Purse.MEAL), "the day's cap limits MEAL");
    assertEquals(Yen.of(600), capped.get(Purse.BASE));
  }

  @Test
  void booksTakeTextbookThenBaseAndShopsOnlyBase() {
    Map<Purse, Yen> balances =
        Map.of(Purse.TEXTBOOK, Yen.of(1_000), Purse.BASE, Yen.of(1_000), Purse.MEAL, Yen.of(9_999));
    assertEquals(
        Map.of(Purse.TEXTBOOK, Yen.of(1_000), Purse.BASE, Yen.of(500)),
        PaymentRules.draw(balances, PaymentRules.order(StoreKind.BOOKSTORE), Yen.of(1_500), null));
    assertThrows(
        InsufficientFundsException.class,
        () -> PaymentRules.draw(balances, PaymentRules.order(StoreKind.SHOP), Yen.of(1_001), null),
        "MEAL and TEXTBOOK never pay at a shop");
    assertEquals(
        Map.of(Purse.BASE, Yen.of(1_000)),
        PaymentRules.draw(balances, PaymentRules.order(StoreKind.SHOP), Yen.of(1_000), null));
  }

  @Test
  void pointsAreRoundedDown() {
    assertEquals(Yen.of(4), PaymentRules.points(Yen.of(999), 50), "0.5% of 999 is 4.995");
    assertEquals(Yen.of(5), PaymentRules.points(Yen.of(1_000), 50));
    assertEquals(Yen.of(99), PaymentRules.points(Yen.of(999), 1_000), "10% on books");
    assertEquals(Yen.ZERO, PaymentRules.points(Yen.of(199), 50));
  }

  @Test
  void aTransactionMustBalanceAndNoPurseGoesNegative() {
    LedgerAccount base = purse(Purse.BASE, 1_000);
    LedgerAccount sales = withId(LedgerAccount.system(AccountKind.SALES, "HOKUTO", "HOKUTO-SHOP"));
    assertThrows(
        IllegalStateException.class,
        () ->
            LedgerTransaction.of(TransactionKind.PAYMENT, "HOKUTO", NOW, NOW, "t")
                .amount(Yen.of(500))
                .debit(base, Yen.of(500))
                .credit(sales, Yen.of(400))
                .post());
    assertThrows(
        InsufficientFundsException.class,
        () ->
            LedgerTransaction.of(TransactionKind.PAYMENT, "HOKUTO", NOW, NOW, "t")
                .amount(Yen.of(1_001))
                .debit(base, Yen.of(1_001))
                .credit(sales, Yen.of(1_001))
                .post());
    assertEquals(Yen.of(1_000), base.balance(), "a refused posting moves nothing");
  }

  @Test
  void aPaymentNumberedAheadOnPursesAsReadKeepsItsIdAndTheirRules() {
    LedgerAccount base = LedgerAccount.purseAsRead(41, "HOKUTO", 7, Purse.BASE, 1_000);
    LedgerAccount sales = withId(LedgerAccount.system(AccountKind.SALES, "HOKUTO", "HOKUTO-SHOP"));
    assertThrows(
        InsufficientFundsException.class,
        () ->
            LedgerTransaction.of(TransactionKind.PAYMENT, "HOKUTO", NOW, NOW, "t")
                .id(350)
                .amount(Yen.of(1_001))
                .debit(base, Yen.of(1_001))
                .credit(sales, Yen.of(1_001))
                .post());
    LedgerTransaction paid =
        LedgerTransaction.of(TransactionKind.PAYMENT, "HOKUTO", NOW, NOW, "t")
            .id(351)
            .wallet(7L)
            .amount(Yen.of(400))
            .debit(base, Yen.of(400))
            .credit(sales, Yen.of(400))
            .post();
    assertEquals(351L, paid.id());
    assertEquals(Yen.of(600), base.balance(), "moved in memory, as any purse");
    assertEquals(41L, paid.entries().get(0).accountId());
    assertEquals(7L, base.walletId());
    assertEquals(AccountKind.PURSE, base.kind());
  }

  @Test
  void aReversalMirrorsEveryEntryAndRestoresThePurses() {
    LedgerAccount base = purse(Purse.BASE, 1_000);
    LedgerAccount points = purse(Purse.POINTS, 0);
    LedgerAccount sales = withId(LedgerAccount.system(AccountKind.SALES, "HOKUTO", "HOKUTO-SHOP"));
    LedgerAccount expense =
        withId(LedgerAccount.system(AccountKind.POINTS_EXPENSE, "HOKUTO", null));
    LedgerTransaction payment =
        LedgerTransaction.of(TransactionKind.PAYMENT, "HOKUTO", NOW, NOW, "t")
            .amount(Yen.of(600))
            .points(Yen.of(3))
            .debit(base, Yen.of(600))
            .credit(sales, Yen.of(600))
            .debit(expense, Yen.of(3))
            .credit(points, Yen.of(3))
            .post();
    assertEquals(Yen.of(400), base.balance());
    assertEquals(Yen.of(3), points.balance());
    assertEquals(0, payment.entries().stream().mapToLong(LedgerEntry::signed).sum());

    Map<Long, LedgerAccount> accounts = new HashMap<>();
    List.of(base, points, sales, expense).forEach(a -> accounts.put(a.id(), a));
    LedgerTransaction reversal = payment.reverse(accounts, NOW, "t", "wrong item");
    assertEquals(TransactionKind.REVERSAL, reversal.kind());
    assertEquals(Yen.of(1_000), base.balance());
    assertEquals(Yen.ZERO, points.balance());
    assertEquals(payment.entries().size(), reversal.entries().size());
    for (int i = 0; i < payment.entries().size(); i++) {
      assertEquals(-payment.entries().get(i).signed(), reversal.entries().get(i).signed());
    }
  }

  @Test
  void aWalletPaysOnlyOnceActivatedAndNotWhileSuspended() {
    Wallet wallet = new Wallet(1, "HOKUTO");
    assertEquals("NOT_ACTIVATED", wallet.refusal().orElseThrow());
    assertThrows(WalletStateException.class, () -> wallet.activate(NOW), "a code first");
    wallet.codeProven(NOW);
    assertThrows(
        WalletStateException.class,
        () -> wallet.activate(NOW.plus(Wallet.CONSENT_WITHIN)),
        "consent too long after the code");
    wallet.activate(NOW.plusSeconds(60));
    assertEquals(WalletStatus.ACTIVE, wallet.status());
    assertEquals(java.util.Optional.empty(), wallet.refusal());
    wallet.suspend(NOW);
    assertEquals("WALLET_SUSPENDED", wallet.refusal().orElseThrow());
    assertThrows(WalletStateException.class, () -> wallet.suspend(NOW));
    wallet.resume();
    assertEquals(WalletStatus.ACTIVE, wallet.status());
  }

  @Test
  void anIcCardUidIsHexInAnyCase() {
    assertEquals("04A1B2C3D4E5F6", IcCard.normalised("04:a1:b2:c3:d4:e5:f6"));
    assertThrows(
        org.kumiai.domain.shared.InvalidValueException.class, () -> IcCard.normalised("xyz"));
  }
}
