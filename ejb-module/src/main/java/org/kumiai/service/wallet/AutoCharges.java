package org.kumiai.service.wallet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.AutoCharge;
import org.kumiai.domain.wallet.AutoChargeRepository;
import org.kumiai.domain.wallet.BalanceAlert;
import org.kumiai.domain.wallet.ChargeRules;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;
import org.kumiai.service.membership.OwnMemberships;
import org.kumiai.service.payment.CardGateway;

/**
 * A member's auto-charge and low-balance alert settings ({@code /member/wallet/auto}): the card is
 * left with the acquirer, which gives a token; only the token and the last four digits are kept.
 * The charges themselves are made by {@link AutoChargeRounds}.
 */
@Stateless
@RolesAllowed("MEMBER")
public class AutoCharges {

  @Inject private WalletRepository wallets;
  @Inject private AutoChargeRepository settings;
  @Inject private OwnMemberships ownMemberships;
  @Inject private CardGateway cards;
  @Inject private SignInRateLimit ipLimit;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The settings as the page shows them; {@code status} null when never set. */
  public record Settings(
      AutoCharge.Status status,
      Purse purse,
      AutoCharge.Mode mode,
      Yen threshold,
      Yen amount,
      String cardLast4,
      String failure,
      Yen alertThreshold)
      implements Serializable {}

  public Settings of(long memberId) {
    Wallet wallet = activeWallet(own(memberId));
    return view(wallet.id());
  }

  /**
   * Sets the auto-charge: below {@code threshold} in {@code purse}, charge {@code amount} (FIXED)
   * or up to {@code amount} (TOP_UP) with this card, within the co-op's limits.
   */
  public Settings set(
      long memberId,
      String purse,
      String mode,
      long threshold,
      long amount,
      String number,
      String expiry,
      String code,
      String birthday,
      String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      throw new ResendTooSoonException(limited.get());
    }
    Member member = own(memberId);
    Wallet wallet = wallets.findForUpdate(activeWallet(member).id()).orElseThrow();
    Purse into = choice(Purse.class, "purse", purse);
    AutoCharge.Mode how = choice(AutoCharge.Mode.class, "mode", mode);
    Coop coop = member.coop();
    if (how == AutoCharge.Mode.FIXED && amount > coop.chargeMax()) {
      throw new InvalidValueException("autoAmount", "ABOVE_CHARGE_MAX");
    }
    if (how == AutoCharge.Mode.TOP_UP && amount > coop.balanceMax()) {
      throw new InvalidValueException("autoAmount", "ABOVE_BALANCE_MAX");
    }
    if (threshold < 0 || threshold > coop.balanceMax()) {
      throw new InvalidValueException("threshold", "OUT_OF_RANGE");
    }
    AutoCharge.check(into, how, Yen.of(threshold), Yen.of(Math.max(0, amount)));
    CardDetails card =
        CardDetails.parse(
            number, expiry, code, birthday, YearMonth.now(clock.withZone(CoopTime.ZONE)));
    CardGateway.SavedCard saved = cards.save(card);
    if (!saved.saved()) {
      throw new InvalidValueException("cardNumber", "CARD_REFUSED");
    }
    Instant now = clock.instant();
    AutoCharge rule =
        settings.findAutoCharge(wallet.id()).orElseGet(() -> new AutoCharge(wallet.id(), now));
    rule.set(into, how, Yen.of(threshold), Yen.of(amount), saved.token(), saved.last4(), now);
    settings.store(rule);
    audit.record(
        AuditAction.AUTO_CHARGE_SET,
        caller(),
        subject(member),
        ip,
        how + " " + into + " below " + Yen.of(threshold) + " " + Yen.of(amount) + " " + card);
    return view(wallet.id());
  }

  public Settings turnOff(long memberId, String ip) {
    Member member = own(memberId);
    // Under the wallet's lock, which a round holds while the acquirer answers: a round in progress
    // commits first. Otherwise its commit would fail on the rule changed meanwhile, rolling back
    // the credit of a card charge the acquirer had made.
    Wallet wallet = wallets.findForUpdate(activeWallet(member).id()).orElseThrow();
    settings
        .findAutoCharge(wallet.id())
        .ifPresent(
            rule -> {
              rule.turnOff(clock.instant());
              audit.record(AuditAction.AUTO_CHARGE_OFF, caller(), subject(member), ip, "");
            });
    return view(wallet.id());
  }

  /** A low-balance alert below {@code threshold} yen of spendable e-money; null removes it. */
  public Settings alert(long memberId, Long threshold) {
    Wallet wallet = activeWallet(own(memberId));
    Optional<BalanceAlert> alert = settings.findAlert(wallet.id());
    if (threshold == null) {
      alert.ifPresent(settings::remove);
    } else if (alert.isPresent()) {
      alert.get().change(Yen.of(Math.max(0, threshold)));
    } else {
      settings.store(new BalanceAlert(wallet.id(), Yen.of(Math.max(0, threshold))));
    }
    return view(wallet.id());
  }

  private Settings view(long walletId) {
    Yen alertAt = settings.findAlert(walletId).map(BalanceAlert::threshold).orElse(null);
    return settings
        .findAutoCharge(walletId)
        .map(
            r ->
                new Settings(
                    r.status(),
                    r.purse(),
                    r.mode(),
                    r.threshold(),
                    r.amount(),
                    r.cardLast4(),
                    r.failure().orElse(null),
                    alertAt))
        .orElse(new Settings(null, null, null, null, null, null, null, alertAt));
  }

  /** The limits a member sees on the page, from the co-op's rules. */
  public Map<String, Yen> limits(long memberId) {
    Coop coop = own(memberId).coop();
    return Map.of(
        "min", ChargeRules.MIN,
        "chargeMax", Yen.of(coop.chargeMax()),
        "balanceMax", Yen.of(coop.balanceMax()));
  }

  private Wallet activeWallet(Member member) {
    return wallets.active(member.id());
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String field, String typed) {
    try {
      return Enum.valueOf(type, typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "NOT_CHOSEN");
    }
  }

  private Member own(long memberId) {
    return ownMemberships.get(caller(), memberId);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private static String subject(Member member) {
    return member.number().map(n -> n.value()).orElse("member " + member.id());
  }
}
