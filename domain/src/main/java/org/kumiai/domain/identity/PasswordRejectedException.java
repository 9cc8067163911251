package org.kumiai.domain.identity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The password breaks the policy; every broken rule is named so the page can list them. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends RuntimeException {

  private final List<PasswordProblem> problems;

  public PasswordRejectedException(List<PasswordProblem> problems) {
    super("Password refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<PasswordProblem> problems() {
    return problems;
  }
}
