package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;

/** Memberships held by a sign-in: taken off by staff, the access ends at once. */
class MembershipLinksTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-05T01:00:00Z");
  private static final Instant TAKEN_OFF = SIGNED_IN.plusSeconds(600);

  private static Account holding(long... memberIds) {
    Account a = new Account(EmailAddress.parse("parent@example.jp"), Instant.EPOCH);
    for (long id : memberIds) {
      a.linkMembership(id);
    }
    return a;
  }

  @Test
  void aMembershipTakenOffEndsTheSessionsAndTheLastOneTheMemberRole() {
    Account a = holding(1, 2);

    a.unlinkMembership(1, TAKEN_OFF);
    assertEquals(Set.of(2L), a.memberIds());
    assertEquals(Set.of(Role.MEMBER), a.roles(), "still holds another");
    assertTrue(a.sessionEnded(SIGNED_IN), "signed out at once");
    assertFalse(a.sessionEnded(TAKEN_OFF.plusSeconds(1)), "may sign in again");

    a.unlinkMembership(2, TAKEN_OFF);
    assertTrue(a.isProspective());
    assertTrue(a.roles().isEmpty(), "no member pages without a membership");
  }

  @Test
  void onlyAMembershipHeldCanBeTakenOff() {
    Account a = holding(1);

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> a.unlinkMembership(3, TAKEN_OFF));

    assertEquals("NOT_LINKED", e.reason());
    assertFalse(a.sessionEnded(SIGNED_IN), "nothing done");
  }
}
