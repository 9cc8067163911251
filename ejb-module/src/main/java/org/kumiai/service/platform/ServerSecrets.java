package org.kumiai.service.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * Random keys the application makes for itself when the operator configured none, kept in the
 * database so every instance of a cluster uses the same one. A configured key is better: it does
 * not sit beside the data it protects (README "Operating").
 */
@Stateless
public class ServerSecrets {

  private static final int KEY_BYTES = 32;

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Inject private Clock clock;

  /** The key called {@code name}, made on first use. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] key(String name) {
    List<?> found =
        em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    if (!found.isEmpty()) {
      return Base64.getDecoder().decode(found.get(0).toString());
    }
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    em.createNativeQuery("INSERT INTO server_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, Base64.getEncoder().encodeToString(key))
        .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .executeUpdate();
    return key;
  }
}
