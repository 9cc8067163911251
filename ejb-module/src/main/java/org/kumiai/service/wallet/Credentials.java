package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.membership.CardToken;
import org.kumiai.domain.wallet.IcCard;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.membership.CardKey;

/**
 * How a register or the counter finds the wallet in front of it: an IC card's UID, or the short-
 * lived code of the membership card's QR (APP_CODE). Only a wallet of the store's co-op counts.
 */
@ApplicationScoped
class Credentials {

  /** How far a register's clock may run ahead of the code's issuer. */
  private static final Duration SKEW = Duration.ofMinutes(5);

  @Inject private WalletRepository wallets;
  @Inject private CardKey cardKey;

  @Inject
  @ConfigProperty(name = "kumiai.membership.card-token-ttl", defaultValue = "PT5M")
  Duration ttl;

  /** Whom a credential names: an IC card's normalised UID, or the member of a valid app code. */
  record Holder(String cardUid, Long memberId) {}

  /**
   * Whom the credential names, or empty when it is malformed, expired or forged. {@code at} is when
   * it was shown: now at the counter, the register's time for a payment it queued offline (the same
   * rules apply then as online: a code valid at the till pays, though it has expired since).
   */
  Optional<Holder> holderOf(String type, String value, Instant at) {
    if ("IC_CARD".equals(type)) {
      try {
        return Optional.of(new Holder(IcCard.normalised(value), null));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    CardToken.Verification v = CardToken.verify(value, at, cardKey.bytes());
    if (!v.valid() || issuedAfter(v.token().orElseThrow(), at)) {
      return Optional.empty();
    }
    return Optional.of(new Holder(null, v.token().orElseThrow().memberId()));
  }

  /**
   * The wallet, locked until the transaction ends (a payment or charge follows), or empty when the
   * credential is unknown, expired or of another co-op ({@link #holderOf}).
   */
  Optional<Wallet> lockedWalletOf(String type, String value, String coopCode, Instant at) {
    return holderOf(type, value, at)
        .flatMap(
            h ->
                h.cardUid() != null
                    ? wallets.findForUpdateByCard(h.cardUid())
                    : wallets.findForUpdateByMember(h.memberId()))
        .filter(w -> w.coopCode().equals(coopCode));
  }

  /** Why no wallet was found: the contract's CODE_EXPIRED or UNKNOWN_CREDENTIAL. */
  String problem(String type, String value, Instant at) {
    if ("APP_CODE".equals(type)
        && CardToken.verify(value, at, cardKey.bytes()).outcome() == CardToken.Outcome.EXPIRED) {
      return "CODE_EXPIRED";
    }
    return "UNKNOWN_CREDENTIAL";
  }

  /**
   * A code shown on a member's phone only after the time a register gives: an earlier time cannot
   * revive a code, only let one pay that was valid at the till.
   */
  private boolean issuedAfter(CardToken token, Instant at) {
    return token.expiresAt().minus(ttl).isAfter(at.plus(SKEW));
  }
}
