package org.kumiai.service.identity;

import java.util.List;
import java.util.Set;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.Role;

/**
 * A staff or admin account as the administrators' list shows it. Onboarded means password and phone
 * are set, so the account can sign in with both factors.
 */
public record StaffAccountView(
    String email,
    String familyName,
    String givenName,
    Set<Role> roles,
    List<String> coops,
    boolean onboarded) {

  /** Staff have co-ops to change; admins work for the whole federation. */
  public boolean staff() {
    return roles.contains(Role.STAFF);
  }

  static StaffAccountView of(Account a) {
    return new StaffAccountView(
        a.email().value(),
        a.familyName(),
        a.givenName(),
        a.roles(),
        a.coopCodes().stream().sorted().toList(),
        a.nextStep().compareTo(OnboardingStep.PROFILE) >= 0);
  }
}
