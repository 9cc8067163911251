package org.kumiai.web.identity;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/**
 * Proof that this request's visitor passed both sign-in factors for an address. Made only by the
 * sign-in page after the services accepted the password and the code; never from request data.
 */
final class VerifiedSignIn implements Credential {

  private final String email;

  VerifiedSignIn(String email) {
    this.email = Objects.requireNonNull(email, "email");
  }

  String email() {
    return email;
  }
}
