package org.kumiai.web.identity;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The address this visitor proved with a code in this browser session. Sign-up steps after the
 * email act only on this address, never on one posted by the form.
 */
@SessionScoped
public class ProvenEmail implements Serializable {

  private static final long serialVersionUID = 1L;

  private String email;

  void prove(String email) {
    this.email = email;
  }

  Optional<String> get() {
    return Optional.ofNullable(email);
  }
}
