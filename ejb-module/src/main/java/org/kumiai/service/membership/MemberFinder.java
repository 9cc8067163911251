package org.kumiai.service.membership;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.TypedDate;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignInRateLimit;

/**
 * Finds a membership by number and date of birth, for the pages that prove a membership that way
 * (email change, adding a membership). An unknown number and a wrong date answer alike, every try
 * counts against the IP address, and misses are audited, so nobody can probe who is a member.
 */
@Dependent
class MemberFinder {

  @Inject private MemberRepository members;
  @Inject private SignInRateLimit ipLimit;
  @Inject private AuditTrail audit;

  MemberLookup find(String typedNumber, String typedBirth, String actor, String ip) {
    Optional<Instant> limited = ipLimit.tryAttempt(ip);
    if (limited.isPresent()) {
      return MemberLookup.limited(limited.get());
    }
    InvalidValuesException.check(
        () -> MembershipNumber.parse(typedNumber),
        () -> TypedDate.parse("dateOfBirth", typedBirth));
    MembershipNumber number = MembershipNumber.parse(typedNumber);
    LocalDate born = TypedDate.parse("dateOfBirth", typedBirth);
    Optional<Member> found = members.findByNumber(number).filter(m -> m.isBornOn(born));
    if (found.isEmpty()) {
      audit.record(AuditAction.MEMBER_NOT_FOUND, actor, number.value(), ip, null);
      return MemberLookup.notFound();
    }
    Member m = found.get();
    return MemberLookup.found(
        new MemberTarget(
            m.id(),
            m.coop().name().ja(),
            m.name().masked(),
            m.email().map(EmailAddress::masked).orElse(null)));
  }
}
