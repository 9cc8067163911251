package org.kumiai.service.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.PasswordPolicy;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only: one staff account per demo co-op and one administrator, fully onboarded (password
 * and phone), so the back-office can be tried at once (README lists the logins). These are the only
 * preset passwords anywhere, and they exist only when demo mode is on. Written once.
 */
@Singleton
@Startup
@DependsOn("CoopDemoData")
public class IdentityDemoData {

  private static final Logger LOG = Logger.getLogger(IdentityDemoData.class.getName());

  /** One demo login; {@code coop} is null for the administrator. */
  record Login(
      String email, String password, String family, String given, String phone, String coop) {}

  static final List<Login> LOGINS =
      List.of(
          new Login(
              "admin@federation.example.jp",
              "Renraku-Kanri-2026!",
              "中村",
              "直子",
              "090-5000-0001",
              null),
          new Login(
              "staff@hokuto.example.jp",
              "Hokuto-Counter-2026!",
              "小林",
              "誠",
              "090-5000-0002",
              "HOKUTO"),
          new Login(
              "staff@wakaba.example.jp",
              "Wakaba-Counter-2026!",
              "加藤",
              "由美",
              "090-5000-0003",
              "WAKABA"),
          new Login(
              "staff@setouchi.example.jp",
              "Setouchi-Counter-2026!",
              "吉田",
              "大輔",
              "090-5000-0004",
              "SETOUCHI"));

  @Inject private DemoMode demo;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher passwords;
  @Inject private Clock clock;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  /** Writes the demo logins unless demo mode is off or they exist; says whether it wrote. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn()
        || accounts.findByEmail(EmailAddress.parse(LOGINS.get(0).email())).isPresent()) {
      return false;
    }
    Instant now = clock.instant();
    for (Login login : LOGINS) {
      // Demo passwords obey the same policy as everyone's, or the demo would teach bad ones.
      if (!PasswordPolicy.DEFAULT.problems(login.password(), login.email()).isEmpty()) {
        throw new IllegalStateException("A demo password breaks the policy: " + login.email());
      }
      Account account = new Account(EmailAddress.parse(login.email()), now);
      account.choosePassword(passwords.hash(login.password()), login.family(), login.given());
      account.verifyPhone(PhoneNumber.parse(login.phone()), now);
      if (login.coop() == null) {
        account.grant(Role.ADMIN);
      } else {
        account.appointStaff(Set.of(login.coop()));
      }
      accounts.store(account);
    }
    LOG.info("Demo staff and admin accounts created");
    return true;
  }
}
