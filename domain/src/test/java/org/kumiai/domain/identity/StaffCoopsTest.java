package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;

/** A staff account always works for at least one co-op. */
class StaffCoopsTest {

  private static Account account() {
    return new Account(EmailAddress.parse("staff@hokuto.example.jp"), Instant.EPOCH);
  }

  @Test
  void staffNeedAtLeastOneCoop() {
    Account a = account();

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> a.appointStaff(Set.of()));

    assertEquals("coops", e.field());
    assertEquals("EMPTY", e.reason());
    assertTrue(a.roles().isEmpty(), "not staff after a refusal");
  }

  @Test
  void appointingStaffBindsTheCoopsAndGrantsTheRole() {
    Account a = account();

    a.appointStaff(Set.of("HOKUTO", "WAKABA"));

    assertEquals(Set.of(Role.STAFF), a.roles());
    assertEquals(Set.of("HOKUTO", "WAKABA"), a.coopCodes());
  }

  @Test
  void theLastCoopOfStaffCannotBeTaken() {
    Account a = account();
    a.appointStaff(Set.of("HOKUTO"));

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> a.unbindFromCoop("HOKUTO"));
    assertEquals("coops", e.field());

    a.bindToCoop("SETOUCHI");
    a.unbindFromCoop("HOKUTO");
    assertEquals(Set.of("SETOUCHI"), a.coopCodes());
  }

  @Test
  void anAccountThatIsNotStaffMayHaveNoCoop() {
    Account a = account();
    a.bindToCoop("HOKUTO");

    a.unbindFromCoop("HOKUTO");

    assertTrue(a.coopCodes().isEmpty());
  }
}
