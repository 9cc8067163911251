package org.kumiai.web.identity;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import org.kumiai.web.shell.Visitor;

/**
 * The address this visitor proved with a code in this browser session. Sign-up steps after the
 * email act only on this address, never on one posted by the form.
 */
@SessionScoped
public class ProvenEmail implements Serializable {

  private static final long serialVersionUID = 1L;

  private String email;

  /**
   * The session gains a proof here, so it gets a new id: a session id planted in the visitor's
   * browser beforehand (session fixation) does not carry the proof to whoever planted it.
   */
  void prove(String email) {
    this.email = email;
    Visitor.request().changeSessionId();
  }

  Optional<String> get() {
    return Optional.ofNullable(email);
  }
}
