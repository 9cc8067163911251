package org.kumiai.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves a convenience-store slip's last moment into the past, as the days passing would: the expiry
 * timer's rule can then be tested without waiting three days.
 */
@Stateless
@PermitAll
public class SlipCalendar {

  @PersistenceContext private EntityManager em;

  public void lastDayPassed(String slipNumber) {
    int moved =
        em.createNativeQuery("UPDATE konbini_slip SET expires_at = ? WHERE number = ?")
            .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
            .setParameter(2, slipNumber)
            .executeUpdate();
    if (moved != 1) {
      throw new IllegalArgumentException("no slip " + slipNumber);
    }
  }
}
