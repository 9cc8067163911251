package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.InsufficientFundsException;
import org.kumiai.domain.wallet.KonbiniRepository;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.domain.wallet.WalletStatus;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.membership.OwnMemberships;

/**
 * マネー移動 (REQUIREMENTS §4): base money moved into the cafeteria or textbook purse, and points
 * exchanged for base money; one transaction of two entries each. The page's key makes a double
 * submit one move.
 */
@Stateless
@RolesAllowed("MEMBER")
public class Transfers {

  /** Where base money may go. */
  public static final Set<Purse> TARGETS = Set.of(Purse.CAFETERIA, Purse.TEXTBOOK);

  @Inject private WalletRepository wallets;
  @Inject private KonbiniRepository slips;
  @Inject private OwnMemberships ownMemberships;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  public WalletView transfer(long memberId, String key, String to, long amount, String ip) {
    Member member = own(memberId);
    Purse target;
    try {
      target = Purse.valueOf(to == null ? "" : to);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("transferTo", "NOT_CHOSEN");
    }
    if (!TARGETS.contains(target)) {
      throw new InvalidValueException("transferTo", "NOT_CHOSEN");
    }
    return move(member, "transfer " + key, Purse.BASE, target, "amount", amount, ip, found -> {});
  }

  /**
   * Points exchanged for base money, one point a yen (REQUIREMENTS §4: points are returned as
   * e-money). Any whole number of them, up to the points the wallet holds, within the most the
   * co-op lets a wallet hold (as a charge: slips not yet paid count).
   */
  public WalletView exchangePoints(long memberId, String key, long points, String ip) {
    Member member = own(memberId);
    return move(
        member,
        "points " + key,
        Purse.POINTS,
        Purse.BASE,
        "points",
        points,
        ip,
        found -> {
          Yen awaiting = slips.awaitingPayment(found.walletId(), null);
          if (!ChargeRules.roomFor(
              Yen.of(points), found.balances(), awaiting, member.coop().balanceMax())) {
            throw new InvalidValueException("points", "EXCHANGE_ABOVE_BALANCE_MAX");
          }
        });
  }

  /** A wallet's balances, as a move finds them under the wallet's lock. */
  private record Found(long walletId, Map<Purse, Yen> balances) {}

  private WalletView move(
      Member member,
      String reference,
      Purse from,
      Purse to,
      String field,
      long amount,
      String ip,
      Consumer<Found> check) {
    if (amount <= 0) {
      throw new InvalidValueException(field, "NOT_POSITIVE");
    }
    Wallet wallet =
        wallets
            .findByMember(member.id())
            .flatMap(w -> wallets.findForUpdate(w.id()))
            .orElseThrow(() -> new WalletStateException(WalletStatus.INACTIVE));
    if (wallet.status() != WalletStatus.ACTIVE) {
      throw new WalletStateException(wallet.status());
    }
    List<LedgerAccount> purses = wallets.purses(wallet.id());
    Optional<LedgerTransaction> done = wallets.findByReference(wallet.id(), reference);
    if (done.isPresent() && done.get().amount().value() != amount) {
      // The same form sent again with another amount: not the move the member now asks for.
      throw new InvalidValueException(field, "ALREADY_MOVED");
    }
    if (done.isEmpty()) {
      check.accept(new Found(wallet.id(), PaymentRules.balances(purses)));
      Instant now = clock.instant();
      String caller = context.getCallerPrincipal().getName();
      try {
        wallets.store(
            LedgerTransaction.of(TransactionKind.TRANSFER, wallet.coopCode(), now, now, caller)
                .wallet(wallet.id())
                .amount(Yen.of(amount))
                .reference(reference)
                .debit(purse(purses, from), Yen.of(amount))
                .credit(purse(purses, to), Yen.of(amount))
                .post());
      } catch (InsufficientFundsException e) {
        throw new InvalidValueException(field, "MORE_THAN_" + from);
      }
      audit.record(
          AuditAction.WALLET_TRANSFER,
          caller,
          member.number().map(n -> n.value()).orElse("member " + member.id()),
          ip,
          amount + " " + from + " -> " + to);
    }
    return new WalletView(
        wallet.id(),
        wallet.memberId(),
        wallet.coopCode(),
        wallet.status(),
        PaymentRules.balances(purses),
        wallet.activatedAt().orElse(null),
        wallet.suspendedAt().orElse(null),
        null);
  }

  private static LedgerAccount purse(List<LedgerAccount> purses, Purse purse) {
    return purses.stream().filter(a -> a.purse() == purse).findFirst().orElseThrow();
  }

  private Member own(long memberId) {
    return ownMemberships.get(context.getCallerPrincipal().getName(), memberId);
  }
}
