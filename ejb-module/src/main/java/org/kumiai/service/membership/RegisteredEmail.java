package org.kumiai.service.membership;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;

/**
 * A member's registered address is also the sign-in address of the account the membership is linked
 * to; both the member's own email change and the counter's go through here so the two never drift
 * apart.
 */
@Dependent
class RegisteredEmail {

  @Inject private MemberRepository members;
  @Inject private AccountRepository accounts;

  /** Refuses the same address again, or one another person's account signs in with. */
  void checkAvailable(Member member, EmailAddress next, String field) {
    checkNotSame(member, next, field);
    if (takenByAnother(member, next)) {
      throw new InvalidValueException(field, "TAKEN");
    }
  }

  void checkNotSame(Member member, EmailAddress next, String field) {
    if (member.email().filter(next::equals).isPresent()) {
      throw new InvalidValueException(field, "SAME");
    }
  }

  /** Whether an account that does not hold this membership signs in with the address. */
  boolean takenByAnother(Member member, EmailAddress next) {
    Optional<Account> holder = accounts.findByEmail(next);
    return holder.isPresent() && !holder.get().memberIds().contains(member.id());
  }

  /**
   * The member's address changes, the history records it, and the linked account signs in with the
   * new one — unless the account signs in with an address other than the old registered one (it was
   * changed on purpose), which is left alone. The account's other memberships under the old address
   * (the same person in another co-op) follow: left behind, they would be under an address no
   * account signs in with, and whoever reads that mailbox next could sign up with it and take them.
   * Returns the address replaced.
   */
  Optional<EmailAddress> change(
      Member member, EmailAddress next, String actor, String reason, Instant now) {
    Optional<EmailAddress> old = member.changeEmail(next);
    record(member, old, next, actor, reason, now);
    accounts
        .findByMemberForUpdate(member.id())
        .filter(a -> old.isEmpty() || a.email().equals(old.get()))
        .ifPresent(
            a -> {
              a.changeEmail(next, now);
              old.ifPresent(
                  o ->
                      members.findByIds(a.memberIds()).stream()
                          .filter(m -> !m.id().equals(member.id()) && m.email().equals(old))
                          .forEach(m -> record(m, m.changeEmail(next), next, actor, reason, now)));
            });
    return old;
  }

  private void record(
      Member member,
      Optional<EmailAddress> old,
      EmailAddress next,
      String actor,
      String reason,
      Instant now) {
    members.record(
        new MemberChange(
            member.id(),
            now,
            actor,
            "email",
            old.map(EmailAddress::value).orElse(null),
            next.value(),
            reason));
  }
}
