package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.kumiai.domain.wallet.RegisterRepository;

/**
 * Which register a bearer key belongs to, asked on every register API request. A bean of its own,
 * not one of {@link RegisterKeys}' methods: the look-up needs no transaction and no caller role,
 * and through the EJB container it cost the app server three times its own work on each payment
 * (README "Benchmarks").
 */
@ApplicationScoped
public class RegisterCallers {

  @Inject private RegisterRepository registers;
  @Inject private RegisterKeyCache cache;

  /** The live register this bearer key belongs to, if any. */
  public Optional<RegisterView> authenticate(String bearer) {
    if (bearer == null || !bearer.startsWith(RegisterKeys.PREFIX) || bearer.length() > 100) {
      return Optional.empty();
    }
    int split = bearer.indexOf('_', RegisterKeys.PREFIX.length());
    if (split < 0) {
      return Optional.empty();
    }
    String prefix = bearer.substring(0, split);
    String hash = RegisterKeys.sha256(bearer);
    return cache
        .lookup(prefix, () -> registers.findByPrefix(prefix).map(RegisterView::of))
        .filter(
            r ->
                r.live()
                    && MessageDigest.isEqual(
                        r.keyHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)));
  }
}
