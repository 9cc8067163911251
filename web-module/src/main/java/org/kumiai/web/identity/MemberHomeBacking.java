package org.kumiai.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.service.identity.AccountView;
import org.kumiai.service.identity.Accounts;

/** {@code /member}: the signed-in member's home. */
@Named
@RequestScoped
public class MemberHomeBacking {

  @Inject private Accounts accounts;
  @Inject private SecurityContext security;

  private AccountView account;

  /** One onboarding step and whether it is done, next, or still to come. */
  public record Step(OnboardingStep step, String state) {}

  /** The sign-up's steps with their state, so the member sees what is done and what is next. */
  public List<Step> getSteps() {
    OnboardingStep next = getAccount().next();
    return Arrays.stream(OnboardingStep.values())
        .filter(s -> s != OnboardingStep.DONE)
        .map(s -> new Step(s, s.compareTo(next) < 0 ? "done" : s == next ? "next" : "todo"))
        .toList();
  }

  public AccountView getAccount() {
    if (account == null) {
      account = accounts.view(security.getCallerPrincipal().getName()).orElseThrow();
    }
    return account;
  }
}
