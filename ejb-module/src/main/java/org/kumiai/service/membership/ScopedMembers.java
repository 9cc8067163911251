package org.kumiai.service.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;

/**
 * Members as the signed-in staff member may see them: those of their own co-ops. Another co-op's
 * member is not found, exactly like a member who does not exist.
 */
@Stateless
@RolesAllowed("STAFF")
public class ScopedMembers {

  @Inject private MemberRepository members;
  @Inject private StaffScope scope;

  public Member get(long memberId) {
    Member member = members.find(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
    if (scope.coops().stream().map(CoopView::code).noneMatch(member.coop().code()::equals)) {
      throw new MemberNotFoundException(memberId);
    }
    return member;
  }
}
