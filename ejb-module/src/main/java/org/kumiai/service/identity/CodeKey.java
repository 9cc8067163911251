package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.identity.SecretHasher;
import org.kumiai.service.platform.ServerSecrets;

/** The key one-time codes are hashed under: kumiai.identity.code-key, else one kept in the DB. */
@ApplicationScoped
class CodeKey {

  private static final Logger LOG = Logger.getLogger(CodeKey.class.getName());

  @Inject
  @ConfigProperty(name = "kumiai.identity.code-key")
  Optional<String> configured;

  @Inject private ServerSecrets secrets;

  private volatile SecretHasher hasher;

  SecretHasher hasher() {
    SecretHasher h = hasher;
    if (h == null) {
      if (configured.isPresent()) {
        h = new SecretHasher(Base64.getDecoder().decode(configured.get()));
      } else {
        LOG.warning("kumiai.identity.code-key is not set; using a key kept in the database");
        h = new SecretHasher(secrets.key("code-key"));
      }
      hasher = h;
    }
    return h;
  }
}
