package org.kumiai.service.membership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;

/**
 * Fresh HOKUTO applicants for the edit tests, so edits never touch the demo members the searches
 * count on; applicants (not active) also stay out of searches filtered to active members.
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

  public long member(String email) {
    Member m =
        new Member(
            coops.getCoop("HOKUTO"),
            new PersonName("試験", "一郎", "シケン", "イチロウ"),
            LocalDate.of(2005, 1, 1),
            EmailAddress.parse(email),
            PhoneNumber.parse("090-9999-" + (1000 + Math.abs(UUID.randomUUID().hashCode() % 8999))),
            new PostalAddress("060-0808", "北海道", "札幌市北区", "北8条西5丁目", null),
            new Affiliation(AffiliationKind.STUDENT, "工学部", null, 2024),
            clock.instant());
    members.store(m);
    return m.id();
  }
}
