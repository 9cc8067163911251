package org.kumiai.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.kumiai.domain.identity.PasswordProblem;
import org.kumiai.service.identity.PasswordRules;

/**
 * The checklist under a new-password field, refreshed as the member types: each rule of the
 * server's own policy, met or not yet. Submitting still asks the server, which decides.
 */
@Named
@RequestScoped
public class PasswordMeter {

  /** One line of the checklist; {@code met} is null while nothing is typed. */
  public record Rule(String key, Boolean met) {}

  @Inject private PasswordRules rules;

  public List<Rule> rules(String password, String email) {
    boolean empty = password == null || password.isEmpty();
    Set<PasswordProblem> problems =
        empty ? Set.of() : Set.copyOf(rules.problems(password, email == null ? "" : email));
    return List.of(
        rule("pwrule.length", empty, problems, PasswordProblem.TOO_SHORT, PasswordProblem.TOO_LONG),
        rule("pwrule.kinds", empty, problems, PasswordProblem.TOO_FEW_KINDS),
        rule("pwrule.email", empty, problems, PasswordProblem.CONTAINS_EMAIL),
        rule("pwrule.common", empty, problems, PasswordProblem.TOO_COMMON));
  }

  private static Rule rule(
      String key, boolean empty, Set<PasswordProblem> problems, PasswordProblem... broken) {
    if (empty) {
      return new Rule(key, null);
    }
    for (PasswordProblem p : broken) {
      if (problems.contains(p)) {
        return new Rule(key, false);
      }
    }
    return new Rule(key, true);
  }

  public int getRequiredKinds() {
    return rules.requiredKinds();
  }
}
