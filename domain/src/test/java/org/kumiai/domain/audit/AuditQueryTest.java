package org.kumiai.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.CoopTime;

class AuditQueryTest {

  @Test
  void daysAreJapaneseDaysWithTheLastOneIncluded() {
    AuditQuery q =
        new AuditQuery(null, null, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), null);

    assertEquals(Instant.parse("2026-11-02T15:00:00Z"), q.fromInstant().orElseThrow());
    assertEquals(Instant.parse("2026-11-03T15:00:00Z"), q.untilInstant().orElseThrow());
  }

  @Test
  void blanksMeanNoFilterAndTheAddressPrefixIgnoresCase() {
    AuditQuery q = new AuditQuery("  Admin@Demo ", null, null, null, " ");

    assertEquals("admin@demo", q.whoPrefix().orElseThrow());
    assertNull(q.ip());
    assertTrue(q.fromInstant().isEmpty());
    assertTrue(AuditQuery.EVERYTHING.whoPrefix().isEmpty());
  }

  @Test
  void controlCharactersAreDroppedNotSentToTheDatabase() {
    AuditQuery q = new AuditQuery("staff@\u0000hokuto", null, null, null, "\u0000");

    assertEquals("staff@hokuto", q.whoPrefix().orElseThrow());
    assertNull(q.ip());
  }

  @Test
  void aRangeTypedBackwardsIsTurnedAround() {
    AuditQuery q =
        new AuditQuery(null, null, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 1), null);

    assertEquals(LocalDate.of(2026, 11, 1), q.from());
    assertEquals(LocalDate.of(2026, 11, 5), q.to());
  }

  @Test
  void aDateBeyondTheCalendarOfTheSearchMeansAsFar() {
    AuditQuery q =
        new AuditQuery(null, null, LocalDate.MIN, LocalDate.parse("+999999999-12-31"), null);
    assertEquals(LocalDate.of(1900, 1, 1), q.from());
    assertEquals(
        LocalDate.of(10000, 1, 1).atStartOfDay(CoopTime.ZONE).toInstant(),
        q.untilInstant().orElseThrow());
  }
}
