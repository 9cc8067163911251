package org.kumiai.service.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * An insert a unique index may refuse because a concurrent transaction took the value since the
 * caller looked (two staff linking one card, issuing one register, defining one plan at the same
 * moment). Written at once instead of at commit, so the refusal reaches the caller as a reason for
 * the form, not as a failed commit and the error page; the transaction is then to be rolled back.
 */
public final class UniqueInsert {

  private UniqueInsert() {}

  /** Persists and writes {@code entity} now; false when the database refused it. */
  public static boolean stored(EntityManager em, Object entity) {
    em.persist(entity);
    try {
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }
}
