package org.kumiai.service.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.IcCard;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.RegisterRepository;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only, written once: a register with a published API key in every demo store, and the
 * wallets of three demo members activated, charged in cash at their co-op's shop and given an IC
 * card (README lists keys, cards and members). Production seeds nothing.
 */
@Singleton
@Startup
// MemberDemoData depends on CoopDemoData; naming both here makes Payara report a cycle.
@DependsOn("MemberDemoData")
public class WalletDemoData {

  private static final Logger LOG = Logger.getLogger(WalletDemoData.class.getName());

  /** Members whose wallets are ready to pay with, and their IC cards' UIDs. */
  private static final List<String[]> FUNDED =
      List.of(
          new String[] {"taro.okada@hokuto.example.jp", "HOKUTO", "04A1000000000001"},
          new String[] {"hanako.sato@example.jp", "HOKUTO", "04A1000000000002"},
          new String[] {"hanako.sato@example.jp", "WAKABA", "04A1000000000003"},
          new String[] {"hina.ito@setouchi.example.jp", "SETOUCHI", "04A1000000000004"},
          // A generated member (absent when none are generated): the cafeteria history's journey.
          new String[] {"m0002.hokuto@example.jp", "HOKUTO", "04A1000000000005"});

  @Inject private DemoMode demo;
  @Inject private CoopRepository coops;
  @Inject private MemberRepository members;
  @Inject private WalletRepository wallets;
  @Inject private RegisterRepository registers;
  @Inject private RegisterKeys keys;
  @Inject private SystemAccounts systemAccounts;
  @Inject private Clock clock;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  /** The published key of a demo store's register R1: "kr_demo" + the store, lower case. */
  public static String demoKey(String storeCode) {
    String store = storeCode.toLowerCase(Locale.ROOT).replace("-", "");
    return "kr_demo" + store.substring(0, Math.min(9, store.length())) + "_demo-only-" + store;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn() || coops.findCoop("HOKUTO").isEmpty()) {
      return false;
    }
    String first = demoKey("HOKUTO-SHOP");
    if (registers.findByPrefix(first.substring(0, first.indexOf('_', 3))).isPresent()) {
      return false;
    }
    for (Coop coop : coops.coops()) {
      for (Store store : coops.storesOf(coop)) {
        keys.issuePublishedKey(store.code(), "R1", demoKey(store.code()));
      }
    }
    Instant now = clock.instant();
    for (String[] f : FUNDED) {
      members.findByEmail(EmailAddress.parse(f[0])).stream()
          .filter(m -> m.coop().code().equals(f[1]))
          .findFirst()
          .ifPresent(m -> fund(m, f[2], now));
    }
    LOG.info("Demo registers and wallets created");
    return true;
  }

  private void fund(Member member, String uid, Instant now) {
    Wallet wallet = new Wallet(member.id(), member.coop().code());
    wallets.store(wallet);
    for (Purse p : Purse.values()) {
      wallets.store(LedgerAccount.purse(wallet, p));
    }
    wallet.codeProven(now);
    wallet.activate(now);
    List<LedgerAccount> purses = wallets.purses(wallet.id());
    String shop = member.coop().code() + "-SHOP";
    wallets.store(
        LedgerTransaction.of(TransactionKind.CHARGE, wallet.coopCode(), now, now, "demo")
            .wallet(wallet.id())
            .amount(Yen.of(13_000))
            .reference("cash at " + shop)
            .debit(
                systemAccounts.get(AccountKind.CASH_DRAWER, wallet.coopCode(), shop),
                Yen.of(13_000))
            .credit(purse(purses, Purse.BASE), Yen.of(10_000))
            .credit(purse(purses, Purse.CAFETERIA), Yen.of(3_000))
            .post());
    if (!wallets.storeIfFree(new IcCard(uid, wallet.id(), "demo", now))) {
      throw new IllegalStateException("Demo card " + uid + " is live on another wallet");
    }
  }

  private static LedgerAccount purse(List<LedgerAccount> purses, Purse purse) {
    return purses.stream().filter(a -> a.purse() == purse).findFirst().orElseThrow();
  }
}
