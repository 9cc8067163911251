package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.CardNotFoundException;
import org.kumiai.domain.membership.CardToken;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;

/**
 * The membership card (組合員証): the signed-in member's cards, the short-lived token their QR code
 * carries, and the counter's check of a scanned token.
 */
@Stateless
public class MembershipCards {

  @Inject private AccountRepository accounts;
  @Inject private MemberRepository members;
  @Inject private CardKey key;
  @Inject private StaffScope scope;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "kumiai.membership.card-token-ttl", defaultValue = "PT5M")
  Duration ttl;

  /** The memberships of the account signed in as {@code email}, oldest first. */
  public List<MembershipCard> cards(String email) {
    LocalDate today = LocalDate.now(clock.withZone(CoopTime.ZONE));
    return own(email).stream().map(m -> MembershipCard.of(m, today)).toList();
  }

  /**
   * A fresh token for one of the caller's own active memberships; anyone else's id, or an
   * application without a number, is not found.
   */
  public CardToken token(String email, long memberId) {
    Member member =
        own(email).stream()
            .filter(m -> m.id() == memberId && m.status() == MemberStatus.ACTIVE)
            .findFirst()
            .orElseThrow(() -> new CardNotFoundException(memberId));
    return CardToken.issue(member.id(), clock.instant().plus(ttl), key.bytes());
  }

  /**
   * The counter's check of a scanned or typed token, by the signed-in staff member (the container
   * names the caller; the co-ops come from {@link StaffScope}). Every check is audited with the
   * real reason, while the answer to the counter says only VALID, EXPIRED or INVALID.
   */
  @RolesAllowed("STAFF")
  public CardCheck check(String token, String ip) {
    String staff = context.getCallerPrincipal().getName();
    CardToken.Verification verification = CardToken.verify(token, clock.instant(), key.bytes());
    Optional<Member> member = verification.token().flatMap(t -> members.find(t.memberId()));
    if (member.isEmpty()) {
      String why = verification.token().isPresent() ? "MEMBER_GONE" : verification.outcome().name();
      audit.record(AuditAction.CARD_CHECKED, staff, "card", ip, why);
      return CardCheck.answer(CardCheck.Result.INVALID);
    }
    Member m = member.get();
    String subject = m.number().map(MembershipNumber::value).orElse("member " + m.id());
    String coop = m.coop().code();
    Set<String> mine = scope.coops().stream().map(CoopView::code).collect(Collectors.toSet());
    if (!mine.contains(coop)) {
      // Recorded as what it was; answered as if forged, expired or not.
      audit.record(
          AuditAction.CARD_CHECKED,
          staff,
          subject,
          ip,
          "OTHER_COOP " + coop + " " + verification.outcome());
      return CardCheck.answer(CardCheck.Result.INVALID);
    }
    audit.record(AuditAction.CARD_CHECKED, staff, subject, ip, verification.outcome() + " " + coop);
    if (!verification.valid()) {
      return CardCheck.answer(CardCheck.Result.EXPIRED);
    }
    return new CardCheck(
        CardCheck.Result.VALID,
        m.name().full(),
        m.name().fullKana(),
        m.number().map(MembershipNumber::formatted).orElse(null),
        coop,
        m.coop().name(),
        m.status());
  }

  private List<Member> own(String email) {
    Objects.requireNonNull(email, "email");
    return accounts
        .findByEmail(EmailAddress.parse(email))
        .map(Account::memberIds)
        .orElse(Set.of())
        .stream()
        .sorted()
        .map(members::find)
        .flatMap(Optional::stream)
        .toList();
  }
}
