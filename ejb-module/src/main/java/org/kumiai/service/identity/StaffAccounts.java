package org.kumiai.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * Administrators create staff and admin accounts and choose which co-ops staff work for. A new
 * account has no password: the invitation mail leads to the sign-up wizard, which proves the
 * address by a code and then asks for the password and the phone. The phone code is the second
 * factor, so nobody signs in to a back-office account before enrolling one.
 */
@Stateless
@RolesAllowed("ADMIN")
public class StaffAccounts {

  private static final Set<Role> BACK_OFFICE = EnumSet.of(Role.STAFF, Role.ADMIN);
  private static final Comparator<EmailAddress> ADDRESS_ORDER =
      Comparator.comparing(EmailAddress::value);

  @Inject private AccountRepository accounts;
  @Inject private CoopRepository coops;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private PortalLinks links;
  @Resource private SessionContext context;

  /** Every staff and admin account, by address. */
  public List<StaffAccountView> list() {
    return accounts.withAnyRole(BACK_OFFICE).stream().map(StaffAccountView::of).toList();
  }

  /**
   * Creates the account and mails the invitation in {@code language}. Staff need at least one
   * co-op; an admin works for the whole federation, so co-ops given with ADMIN are ignored. An
   * address that already has an account is refused, whatever its roles: granting a role to an
   * existing sign-in is a different decision than inviting someone.
   */
  public StaffAccountView create(
      String typedEmail,
      String family,
      String given,
      Role role,
      Set<String> coopCodes,
      Locale language,
      String ip) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    if (role == null || !BACK_OFFICE.contains(role)) {
      throw new InvalidValueException("role", "EMPTY");
    }
    Set<String> bound = role == Role.STAFF ? known(coopCodes) : Set.of();
    accounts
        .findByEmail(email)
        .ifPresent(
            existing -> {
              throw new InvalidValueException(
                  "email", existing.roles().contains(role) ? "ALREADY_" + role : "TAKEN");
            });
    Account account = new Account(email, clock.instant());
    account.nameAs(family, given);
    if (role == Role.STAFF) {
      account.appointStaff(bound);
    } else {
      account.grant(Role.ADMIN);
    }
    accounts.store(account);
    String link = links.signUp(email);
    outbox.enqueueMail(
        email.value(),
        templates.render("staff.invite.subject", language),
        templates.render(
            "staff.invite.body",
            language,
            account.familyName(),
            account.givenName(),
            templates.render("role." + role, language),
            link));
    audit.record(
        AuditAction.STAFF_ACCOUNT_CREATED,
        caller(),
        email.value(),
        ip,
        role + (bound.isEmpty() ? "" : " " + String.join(",", bound)));
    return StaffAccountView.of(account);
  }

  /** Replaces a staff account's co-ops; at least one stays. */
  public StaffAccountView changeCoops(String typedEmail, Set<String> coopCodes, String ip) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    Account account =
        accounts
            .findByEmailForUpdate(email)
            .filter(a -> a.roles().contains(Role.STAFF))
            .orElseThrow(() -> new InvalidValueException("email", "NOT_STAFF"));
    Set<String> wanted = known(coopCodes);
    Set<String> before = new TreeSet<>(account.coopCodes());
    // Bind first, then unbind: the account is never left without a co-op half-way.
    wanted.forEach(account::bindToCoop);
    before.stream().filter(c -> !wanted.contains(c)).forEach(account::unbindFromCoop);
    if (!before.equals(wanted)) {
      audit.record(
          AuditAction.STAFF_COOPS_CHANGED,
          caller(),
          email.value(),
          ip,
          String.join(",", before) + " -> " + String.join(",", wanted));
    }
    return StaffAccountView.of(account);
  }

  /**
   * Someone leaves the staff (or was invited by mistake): the account loses the back office at once
   * — roles, co-ops and sessions — and keeps any membership it holds. Not one's own account (SELF):
   * the administrator doing it stays one, so one always remains — even when two revoke each other
   * at once, as both accounts are locked in one order and the second finds itself revoked
   * (CALLER_REVOKED).
   */
  public StaffAccountView revoke(String typedEmail, String ip) {
    EmailAddress email = EmailAddress.parse(typedEmail);
    EmailAddress me = EmailAddress.parse(caller());
    if (email.equals(me)) {
      throw new InvalidValueException("email", "SELF");
    }
    Map<EmailAddress, Optional<Account>> locked = new HashMap<>();
    Stream.of(email, me)
        .sorted(ADDRESS_ORDER)
        .forEach(address -> locked.put(address, accounts.findByEmailForUpdate(address)));
    if (locked.get(me).filter(a -> a.roles().contains(Role.ADMIN)).isEmpty()) {
      throw new InvalidValueException("email", "CALLER_REVOKED");
    }
    Account account =
        locked
            .get(email)
            .filter(a -> a.roles().stream().anyMatch(BACK_OFFICE::contains))
            .orElseThrow(() -> new InvalidValueException("email", "NOT_STAFF"));
    String before = account.roles() + " " + String.join(",", new TreeSet<>(account.coopCodes()));
    account.leaveBackOffice(clock.instant());
    audit.record(AuditAction.STAFF_ACCOUNT_REVOKED, caller(), email.value(), ip, before.strip());
    return StaffAccountView.of(account);
  }

  /** The codes, each of an existing co-op, sorted; none is refused as EMPTY. */
  private Set<String> known(Set<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new InvalidValueException("coops", "EMPTY");
    }
    Set<String> sorted = new TreeSet<>();
    for (String code : codes) {
      if (code == null || coops.findCoop(code).isEmpty()) {
        throw new InvalidValueException("coops", "UNKNOWN");
      }
      sorted.add(code);
    }
    return sorted;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
