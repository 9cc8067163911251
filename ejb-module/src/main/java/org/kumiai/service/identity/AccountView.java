package org.kumiai.service.identity;

import java.util.Set;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.PhoneNumber;

/** An account as its owner's pages show it. */
public record AccountView(
    String email,
    String familyName,
    String givenName,
    String maskedPhone,
    Set<Role> roles,
    int memberships,
    OnboardingStep next) {

  static AccountView of(Account a) {
    return new AccountView(
        a.email().value(),
        a.familyName(),
        a.givenName(),
        a.phone().map(PhoneNumber::masked).orElse(null),
        a.roles(),
        a.memberIds().size(),
        a.nextStep());
  }
}
