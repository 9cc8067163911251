package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.identity.SecretHasher;
import org.kumiai.domain.identity.SecretSealer;
import org.kumiai.service.platform.ServerSecrets;

/**
 * The server keys of the identity context: one-time and recovery codes are hashed under
 * kumiai.identity.code-key, authenticator-app keys sealed under kumiai.identity.seal-key; each
 * falls back to a key kept in the database.
 */
@ApplicationScoped
class CodeKey {

  private static final Logger LOG = Logger.getLogger(CodeKey.class.getName());

  @Inject
  @ConfigProperty(name = "kumiai.identity.code-key")
  Optional<String> configured;

  @Inject private ServerSecrets secrets;

  @Inject
  @ConfigProperty(name = "kumiai.identity.seal-key")
  Optional<String> configuredSeal;

  private volatile SecretHasher hasher;
  private volatile SecretSealer sealer;

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

  SecretSealer sealer() {
    SecretSealer s = sealer;
    if (s == null) {
      if (configuredSeal.isPresent()) {
        s = new SecretSealer(Base64.getDecoder().decode(configuredSeal.get()));
      } else {
        LOG.warning("kumiai.identity.seal-key is not set; using a key kept in the database");
        s = new SecretSealer(secrets.key("seal-key"));
      }
      sealer = s;
    }
    return s;
  }
}
