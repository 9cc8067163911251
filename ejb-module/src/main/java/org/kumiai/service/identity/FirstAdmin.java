package org.kumiai.service.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * The first administrator of a new installation: administrators invite staff and other
 * administrators, so without one nobody reaches {@code /admin}. When no account is an administrator
 * and {@code kumiai.admin.first} names an address, that address is invited as one at start — the
 * sign-up then proves it by a code and asks for the password and the phone — or, if it has an
 * account already, that account is made one. Once any administrator exists the setting does
 * nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
  static final String ACTOR = "operator (kumiai.admin.first)";

  @Inject private AccountRepository accounts;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private PortalLinks links;

  @Inject
  @ConfigProperty(name = "kumiai.admin.first")
  Optional<String> address;

  @PostConstruct
  void onStart() {
    if (appoint()) {
      LOG.info("The first administrator was invited: " + address.orElseThrow().strip());
    }
  }

  /** Appoints the configured address if no administrator exists; true when it did now. */
  public boolean appoint() {
    if (address.filter(a -> !a.isBlank()).isEmpty()
        || !accounts.withAnyRole(Set.of(Role.ADMIN)).isEmpty()) {
      return false;
    }
    EmailAddress email = EmailAddress.parse(address.get());
    Account account =
        accounts
            .findByEmailForUpdate(email)
            .orElseGet(
                () -> {
                  Account created = new Account(email, clock.instant());
                  accounts.store(created);
                  return created;
                });
    account.grant(Role.ADMIN);
    String link = links.signUp(email);
    outbox.enqueueMail(
        email.value(),
        templates.render("admin.first.subject", Locale.JAPANESE),
        templates.render("admin.first.body", Locale.JAPANESE, link));
    audit.record(AuditAction.STAFF_ACCOUNT_CREATED, ACTOR, email.value(), null, "ADMIN");
    return true;
  }
}
