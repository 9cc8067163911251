package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.wallet.AutoChargeRepository;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;

/**
 * Corrections staff make on the member page, each with the reason they were made (an identity check
 * at the counter, a notice of a move). Every field is checked before anything is written, a history
 * row per changed field names the staff member and the reason, and the audit trail records the
 * edit; a refused edit writes nothing.
 */
@Stateless
@RolesAllowed("STAFF")
public class MemberEdits {

  static final int MAX_REASON = 200;

  @Inject private MemberRepository members;
  @Inject private RegisteredEmail registered;
  @Inject private AccountRepository accounts;
  @Inject private WalletRepository wallets;
  @Inject private AutoChargeRepository autoCharges;
  @Inject private StaffScope scope;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  public void editPhone(long memberId, String typedPhone, String typedReason, String ip) {
    PhoneNumber[] phone = new PhoneNumber[1];
    String[] reason = new String[1];
    InvalidValuesException.check(
        () -> phone[0] = PhoneNumber.parse(typedPhone), () -> reason[0] = reason(typedReason));
    Member member = locked(memberId);
    Optional<PhoneNumber> old = member.phone();
    if (old.filter(phone[0]::equals).isPresent()) {
      throw new InvalidValueException("phone", "SAME");
    }
    member.changePhone(phone[0]);
    record(
        member,
        reason[0],
        ip,
        List.of(change("phone", old.map(PhoneNumber::national).orElse(null), phone[0].national())));
  }

  public void editAddress(
      long memberId,
      String postalCode,
      String prefecture,
      String city,
      String line1,
      String line2,
      String typedReason,
      String ip) {
    String[] reason = new String[1];
    InvalidValuesException.check(
        () -> PostalAddress.check(postalCode, prefecture, city, line1, line2),
        () -> reason[0] = reason(typedReason));
    PostalAddress next = new PostalAddress(postalCode, prefecture, city, line1, line2);
    Member member = locked(memberId);
    Optional<PostalAddress> old = member.address();
    if (old.filter(next::equals).isPresent()) {
      throw new InvalidValueException("postalCode", "SAME");
    }
    member.changeAddress(next);
    record(
        member,
        reason[0],
        ip,
        List.of(change("address", old.map(MemberEdits::oneLine).orElse(null), oneLine(next))));
  }

  public void editName(
      long memberId,
      String family,
      String given,
      String familyKana,
      String givenKana,
      String typedReason,
      String ip) {
    String[] reason = new String[1];
    InvalidValuesException.check(
        () -> PersonName.check(family, given, familyKana, givenKana),
        () -> reason[0] = reason(typedReason));
    PersonName next = new PersonName(family, given, familyKana, givenKana);
    Member member = locked(memberId);
    PersonName old = member.name();
    List<Field> changed = new ArrayList<>();
    changed.add(change("familyName", old.family(), next.family()));
    changed.add(change("givenName", old.given(), next.given()));
    changed.add(change("familyKana", old.familyKana(), next.familyKana()));
    changed.add(change("givenKana", old.givenKana(), next.givenKana()));
    changed.removeIf(f -> Objects.equals(f.oldValue(), f.newValue()));
    if (changed.isEmpty()) {
      throw new InvalidValueException("familyName", "SAME");
    }
    member.rename(next);
    record(member, reason[0], ip, changed);
  }

  /**
   * The registered address changed at the counter after an identity check (the reason says which);
   * the linked account signs in with it from now on, as after the member's own email change. Not
   * for an account that also holds another co-op's membership, whose staff did not check who asked,
   * nor for a staff or admin account, whose sign-in the counter must not re-point: the member
   * changes those at the portal.
   */
  public void editEmail(long memberId, String typedEmail, String typedReason, String ip) {
    EmailAddress[] email = new EmailAddress[1];
    String[] reason = new String[1];
    InvalidValuesException.check(
        () -> email[0] = EmailAddress.parse(typedEmail), () -> reason[0] = reason(typedReason));
    Member member = locked(memberId);
    Optional<Account> holder = accounts.findByMember(memberId);
    if (holder.isPresent()) {
      Set<String> mine = scopeCodes();
      if (members.findByIds(holder.get().memberIds()).stream()
          .anyMatch(o -> !mine.contains(o.coop().code()))) {
        throw new InvalidValueException("email", "ACCOUNT_OF_OTHER_COOPS");
      }
      if (holder.get().roles().contains(Role.STAFF) || holder.get().roles().contains(Role.ADMIN)) {
        throw new InvalidValueException("email", "ACCOUNT_OF_STAFF");
      }
    }
    registered.checkAvailable(member, email[0], "email");
    registered.change(member, email[0], actor(), reason[0], clock.instant());
    audit(member, reason[0], ip, List.of("email"));
  }

  /**
   * The portal sign-in that holds the membership loses it, after staff checked who the member is
   * (the reason says how): a sign-in of someone else's, added before a membership could be held by
   * one sign-in only, or one the member can no longer control. Its sessions end at once. The
   * membership goes to the sign-in of its registered address when there is one — the member's own,
   * which could not take it while another held it — or else to the sign-up the member makes with
   * that address. Not for the sign-in of the registered address itself: the address is then what is
   * wrong, and is changed first. The wallet's auto-charge is switched off: it charges the card the
   * sign-in's holder saved, who no longer sees the wallet. Recorded in the member's history and the
   * audit log.
   */
  public void removeSignIn(long memberId, String typedReason, String ip) {
    String reason = reason(typedReason);
    Member member = locked(memberId);
    Account holder =
        accounts
            .findByMemberForUpdate(memberId)
            .orElseThrow(() -> new InvalidValueException("account", "NONE"));
    if (member.email().filter(holder.email()::equals).isPresent()) {
      throw new InvalidValueException("account", "REGISTERED_ADDRESS");
    }
    Instant now = clock.instant();
    holder.unlinkMembership(memberId, now);
    // Under the wallet's lock, as the member's own switch-off: a round in progress commits first.
    wallets
        .findByMember(memberId)
        .flatMap(w -> wallets.findForUpdate(w.id()))
        .flatMap(w -> autoCharges.findAutoCharge(w.id()))
        .ifPresent(rule -> rule.turnOff(now));
    Optional<Account> own = member.email().flatMap(accounts::findByEmailForUpdate);
    own.ifPresent(a -> a.linkMembership(memberId));
    String moved = holder.email().value() + own.map(a -> " -> " + a.email().value()).orElse("");
    members.record(
        new MemberChange(
            member.id(),
            now,
            actor(),
            "signIn",
            holder.email().value(),
            own.map(a -> a.email().value()).orElse(null),
            reason));
    audit.record(
        AuditAction.MEMBERSHIP_REMOVED,
        actor(),
        member.number().map(MembershipNumber::value).orElse("member " + member.id()),
        ip,
        moved + ": " + reason);
  }

  private static String reason(String typed) {
    return TypedText.required("reason", typed, MAX_REASON);
  }

  private Set<String> scopeCodes() {
    return scope.coops().stream().map(CoopView::code).collect(Collectors.toSet());
  }

  /** Locked for the edit, and only if the caller works for the member's co-op. */
  private Member locked(long id) {
    Set<String> mine = scopeCodes();
    return members
        .findForUpdate(id)
        .filter(m -> mine.contains(m.coop().code()))
        .orElseThrow(() -> new MemberNotFoundException(id));
  }

  private void record(Member member, String reason, String ip, List<Field> changed) {
    Instant now = clock.instant();
    String actor = actor();
    for (Field f : changed) {
      members.record(
          new MemberChange(member.id(), now, actor, f.name(), f.oldValue(), f.newValue(), reason));
    }
    audit(member, reason, ip, changed.stream().map(Field::name).toList());
  }

  private void audit(Member member, String reason, String ip, List<String> fields) {
    audit.record(
        AuditAction.MEMBER_EDITED,
        actor(),
        member.number().map(MembershipNumber::value).orElse("member " + member.id()),
        ip,
        String.join(",", fields) + ": " + reason);
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }

  private static Field change(String name, String oldValue, String newValue) {
    return new Field(name, oldValue, newValue);
  }

  /** 〒980-8577 宮城県仙台市青葉区… : how the history shows an address. */
  private static String oneLine(PostalAddress a) {
    String line = "〒" + a.formattedPostalCode() + " " + a.prefecture() + a.city() + a.line1();
    return a.line2() == null ? line : line + " " + a.line2();
  }

  private record Field(String name, String oldValue, String newValue) {}
}
