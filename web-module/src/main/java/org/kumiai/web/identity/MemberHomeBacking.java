package org.kumiai.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.service.identity.AccountView;
import org.kumiai.service.identity.Accounts;
import org.kumiai.service.membership.CoverageView;
import org.kumiai.service.membership.Enrollments;

/** {@code /member}: the signed-in member's home. */
@Named
@RequestScoped
public class MemberHomeBacking {

  @Inject private Accounts accounts;
  @Inject private SecurityContext security;
  @Inject private Enrollments enrollments;
  @Inject private Clock clock;

  private List<CoverageView> coverage;

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

  /** Insurance and support products with their coverage (REQUIREMENTS §2, issue 5 point 10). */
  public List<CoverageView> getCoverage() {
    if (coverage == null) {
      coverage = enrollments.myCoverage();
    }
    return coverage;
  }

  public LocalDate getToday() {
    return LocalDate.now(clock.withZone(CoopTime.ZONE));
  }

  public AccountView getAccount() {
    if (account == null) {
      account = accounts.view(security.getCallerPrincipal().getName()).orElseThrow();
    }
    return account;
  }
}
