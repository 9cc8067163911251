package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.service.platform.ServerSecrets;

/**
 * The secret the convenience-store aggregator signs its notices with (HMAC-SHA256 of the body, hex,
 * in {@code X-Kumiai-Signature: sha256=...}). Shared with the aggregator through {@code
 * kumiai.konbini.secret}; unset, one kept in the database serves the demo simulator.
 */
@ApplicationScoped
public class KonbiniSecret {

  private static final Logger LOG = Logger.getLogger(KonbiniSecret.class.getName());

  @Inject
  @ConfigProperty(name = "kumiai.konbini.secret")
  Optional<String> configured;

  @Inject private ServerSecrets secrets;

  private volatile byte[] key;

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      if (configured.isPresent()) {
        k = Base64.getDecoder().decode(configured.get().strip());
      } else {
        LOG.warning("kumiai.konbini.secret is not set; using a key kept in the database");
        k = secrets.key("konbini-secret");
      }
      key = k;
    }
    return k;
  }

  /** The signature header value for a body. */
  public String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }

  /** Whether {@code signature} is this body's, compared in constant time. */
  public boolean verifies(String body, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(body).getBytes(StandardCharsets.US_ASCII),
            signature.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
