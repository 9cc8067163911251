package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.identity.PasswordPolicy;
import org.kumiai.domain.identity.PasswordProblem;

/**
 * The password policy as configured ({@code kumiai.identity.password-kinds}): the one place that
 * decides, for the sign-up, the reset and the live checklist on their pages alike.
 */
@ApplicationScoped
public class PasswordRules {

  @Inject
  @ConfigProperty(name = "kumiai.identity.password-kinds", defaultValue = "3")
  int passwordKinds;

  public List<PasswordProblem> problems(String password, String email) {
    return new PasswordPolicy(passwordKinds).problems(password, email);
  }

  public int requiredKinds() {
    return passwordKinds;
  }
}
