package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kumiai.domain.wallet.RegisterRepository;

/**
 * Which register a bearer key belongs to, asked on every register API request. A bean of its own,
 * not one of {@link RegisterKeys}' methods: the look-up needs no transaction and no caller role,
 * and through the EJB container it cost the app server more than twice its own work on each payment
 * (README "Benchmarks").
 */
@ApplicationScoped
public class RegisterCallers {

  @Inject private RegisterRepository registers;
  @Inject private RegisterKeyCache cache;

  /** The live register this bearer key belongs to, if any. */
  public Optional<RegisterView> authenticate(String bearer) {
    Optional<RegisterKey> key = RegisterKey.parse(bearer);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String prefix = key.get().prefix();
    return cache
        .lookup(prefix, () -> registers.findByPrefix(prefix).map(RegisterView::of))
        .filter(r -> r.live() && key.get().matches(r.keyHash()));
  }
}
