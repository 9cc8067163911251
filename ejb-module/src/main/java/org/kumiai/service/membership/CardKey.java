package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.service.platform.ServerSecrets;

/**
 * The key membership-card tokens are signed under: kumiai.membership.card-key, else a key kept in
 * the database so every instance of a cluster signs and checks alike (as the identity code key).
 */
@ApplicationScoped
public class CardKey {

  private static final Logger LOG = Logger.getLogger(CardKey.class.getName());

  @Inject
  @ConfigProperty(name = "kumiai.membership.card-key")
  Optional<String> configured;

  @Inject private ServerSecrets secrets;

  private volatile byte[] key;

  public byte[] bytes() {
    byte[] k = key;
    if (k == null) {
      if (configured.isPresent()) {
        k = Base64.getDecoder().decode(configured.get().strip());
      } else {
        LOG.warning("kumiai.membership.card-key is not set; using a key kept in the database");
        k = secrets.key("card-key");
      }
      key = k;
    }
    return k;
  }
}
