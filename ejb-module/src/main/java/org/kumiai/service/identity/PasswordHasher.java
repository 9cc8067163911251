package org.kumiai.service.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.identity.PasswordPolicy;

/**
 * Salted PBKDF2-HMAC-SHA256 through Jakarta Security. The iteration count is configuration: the
 * default costs about 100 ms on the 2-core reference machine (README "Figures"); the hash string
 * records its own parameters, so raising it later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "kumiai.identity.pbkdf2-iterations", defaultValue = "400000")
  int iterations;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /** Hashes the NFKC form, so full- and half-width typing of one password both sign in. */
  public String hash(String password) {
    return pbkdf2.generate(PasswordPolicy.normalise(password).toCharArray());
  }

  /**
   * Spends the time of one verification without an account, so the answer for an unknown address
   * takes as long as for a known one and timing does not reveal who has an account.
   */
  public void verifyNothing(String password) {
    String dummy = dummyHash;
    if (dummy == null) {
      dummy = hash("no account has this password, it only costs time");
      dummyHash = dummy;
    }
    verify(password == null ? "" : password, dummy);
  }

  private volatile String dummyHash;

  public boolean verify(String password, String hash) {
    return password != null
        && pbkdf2.verify(PasswordPolicy.normalise(password).toCharArray(), hash);
  }
}
