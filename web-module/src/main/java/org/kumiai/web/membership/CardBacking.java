package org.kumiai.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.kumiai.domain.membership.CardToken;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.membership.MembershipCard;
import org.kumiai.service.membership.MembershipCards;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.web.identity.Barcode;
import org.kumiai.web.identity.QrCode;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/card}: the card (組合員証) of the membership chosen in the header; an active one shows
 * the number as a barcode and a QR code of a short-lived token, renewed by a poll before it expires
 * and by a button.
 */
@Named
@ViewScoped
public class CardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Renew this long before the token expires, so a scan at the last moment still passes. */
  private static final Duration MARGIN = Duration.ofSeconds(60);

  private static final Duration SHORTEST_POLL = Duration.ofSeconds(15);

  /**
   * Automatic renewal stops after this long: each poll is a request that keeps the session alive,
   * and a card page left open must not defeat the idle sign-out. The button still renews.
   */
  private static final Duration AUTO_RENEWAL = Duration.ofMinutes(25);

  @Inject private MembershipCards cards;
  @Inject private ActiveMembership active;

  private final Clock clock = Clock.systemUTC();
  private List<Face> faces;
  private Instant openedAt;

  /** One card as drawn: the membership and, when active, its codes and the token's expiry. */
  public record Face(
      MembershipCard card, String barcode, String token, String qr, Instant expiresAt) {

    /** The expiry as the member reads it, in Japan time. */
    public LocalTime expiresAtTime() {
      return expiresAt == null ? null : expiresAt.atZone(CoopTime.ZONE).toLocalTime();
    }
  }

  @PostConstruct
  void load() {
    openedAt = clock.instant();
    refresh();
  }

  /** The poll's listener and the button's action: fresh tokens for every active card. */
  public void refresh() {
    String email = Visitor.email();
    MembershipView shown = active.getCurrent();
    faces =
        cards.cards(email).stream()
            .filter(c -> shown == null || c.memberId() == shown.memberId())
            .map(c -> face(email, c))
            .toList();
  }

  private Face face(String email, MembershipCard card) {
    if (!card.active()) {
      return new Face(card, null, null, null, null);
    }
    CardToken token = cards.token(email, card.memberId());
    return new Face(
        card,
        Barcode.code128DataUri(card.digits()),
        token.text(),
        QrCode.svgDataUri(token.text()),
        token.expiresAt());
  }

  public List<Face> getFaces() {
    return faces;
  }

  public boolean isAnyActive() {
    return faces.stream().anyMatch(f -> f.token() != null);
  }

  /** Seconds between polls: the tokens' lifetime less the margin, at least 15. */
  public long getPollSeconds() {
    Instant now = clock.instant();
    return faces.stream()
        .filter(f -> f.expiresAt() != null)
        .map(f -> Duration.between(now, f.expiresAt()).minus(MARGIN))
        .map(d -> Math.max(d.toSeconds(), SHORTEST_POLL.toSeconds()))
        .min(Long::compare)
        .orElse(SHORTEST_POLL.toSeconds());
  }

  public boolean isAutoRenewal() {
    return Duration.between(openedAt, clock.instant()).compareTo(AUTO_RENEWAL) < 0;
  }
}
