package org.kumiai.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.Role;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;

/**
 * A production installation (no demo data) starts without any administrator: the address in {@code
 * kumiai.admin.first} is invited as the first one, once.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdminIT {

  private static final String FIRST = "first-admin@university.example.jp";

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
        "first-admin", Map.of("kumiai.demo", "false", "kumiai.admin.first", FIRST));
  }

  @Inject FirstAdmin firstAdmin;
  @Inject AccountRepository accounts;
  @Inject Outbox outbox;

  @Test
  void theConfiguredAddressIsInvitedAsTheOnlyAdministratorOnce() {
    List<Account> admins = accounts.withAnyRole(Set.of(Role.ADMIN));
    assertEquals(List.of(FIRST), admins.stream().map(a -> a.email().value()).toList());
    assertEquals(OnboardingStep.PASSWORD, admins.get(0).nextStep(), "the sign-up sets it up");
    List<MessageView> invitations =
        outbox.latest(50).stream().filter(m -> m.recipient().equals(FIRST)).toList();
    assertEquals(1, invitations.size());
    assertTrue(
        invitations.get(0).body().contains("/signup?email=first-admin%40university.example.jp"),
        invitations.get(0).body());

    assertFalse(firstAdmin.appoint(), "an administrator exists: the setting does nothing");
    assertEquals(1, accounts.withAnyRole(Set.of(Role.ADMIN)).size());
    assertEquals(1, outbox.latest(50).stream().filter(m -> m.recipient().equals(FIRST)).count());
  }
}
