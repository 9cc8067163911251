package org.kumiai.service.membership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;

/**
 * Fresh applicants (of HOKUTO unless said) for the edit tests, so edits never touch the demo
 * members the searches count on; applicants (not active) also stay out of searches filtered to
 * active members.
 */
@Stateless
public class MemberFixture {

  @Inject MemberRepository members;
  @Inject AccountRepository accounts;
  @Inject CoopRepository coops;
  @Inject Clock clock;

  /** A member whose linked account signs in with the registered address. */
  public long memberWithAccount(String email) {
    long id = member(email);
    Account account = new Account(EmailAddress.parse(email), clock.instant());
    account.linkMembership(id);
    accounts.store(account);
    return id;
  }

  /** An active member of {@code coop} with a membership number. */
  public Member active(String coop, String email, LocalDate born) {
    Member m = members.find(member(coop, email, born)).orElseThrow();
    m.activate(MembershipNumber.issue(members.nextNumberSerial()));
    return m;
  }

  /** The account of {@code holder} holds {@code other}'s membership too. */
  public void linkToAccountOf(long holder, long other) {
    accounts.findByMember(holder).orElseThrow().linkMembership(other);
  }

  /** The account holding the membership is also an administrator's. */
  public void makeAdmin(long holder) {
    accounts.findByMember(holder).orElseThrow().grant(Role.ADMIN);
  }

  public long member(String email) {
    return member(email, LocalDate.of(2005, 1, 1));
  }

  public long member(String email, LocalDate born) {
    return member("HOKUTO", email, born);
  }

  public long member(String coop, String email, LocalDate born) {
    Member m =
        new Member(
            coops.getCoop(coop),
            new PersonName("試験", "一郎", "シケン", "イチロウ"),
            born,
            EmailAddress.parse(email),
            PhoneNumber.parse("090-9999-" + (1000 + Math.abs(UUID.randomUUID().hashCode() % 8999))),
            new PostalAddress("060-0808", "北海道", "札幌市北区", "北8条西5丁目", null),
            new Affiliation(AffiliationKind.STUDENT, "工学部", null, 2024),
            clock.instant());
    members.store(m);
    return m.id();
  }
}
