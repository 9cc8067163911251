package org.kumiai.service.identity;

import java.util.Optional;
import org.kumiai.domain.identity.CodeCheck;

/**
 * The answer to a typed code. Not an exception: a wrong code must commit its used-up attempt, which
 * a rolled-back exception would undo.
 */
public record Confirmation(CodeCheck check, Optional<SignUpProgress> progress) {

  static Confirmation rejected(CodeCheck check) {
    return new Confirmation(check, Optional.empty());
  }

  static Confirmation accepted(SignUpProgress progress) {
    return new Confirmation(CodeCheck.ACCEPTED, Optional.of(progress));
  }
}
