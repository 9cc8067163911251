package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
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

  @Inject private WalletRepository wallets;
  @Inject private CardKey cardKey;

  /**
   * The wallet, locked until the transaction ends (a payment or charge follows), or empty when the
   * credential is unknown, expired or of another co-op.
   */
  Optional<Wallet> lockedWalletOf(String type, String value, String coopCode, Instant now) {
    if ("IC_CARD".equals(type)) {
      String uid;
      try {
        uid = IcCard.normalised(value);
      } catch (RuntimeException e) {
        return Optional.empty();
      }
      return wallets.findForUpdateByCard(uid).filter(w -> w.coopCode().equals(coopCode));
    }
    CardToken.Verification v = CardToken.verify(value, now, cardKey.bytes());
    if (!v.valid()) {
      return Optional.empty();
    }
    return wallets
        .findForUpdateByMember(v.token().orElseThrow().memberId())
        .filter(w -> w.coopCode().equals(coopCode));
  }

  /** Why no wallet was found: the contract's CODE_EXPIRED or UNKNOWN_CREDENTIAL. */
  String problem(String type, String value, Instant now) {
    if ("APP_CODE".equals(type)
        && CardToken.verify(value, now, cardKey.bytes()).outcome() == CardToken.Outcome.EXPIRED) {
      return "CODE_EXPIRED";
    }
    return "UNKNOWN_CREDENTIAL";
  }
}
