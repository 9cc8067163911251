package org.kumiai.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.audit.AuditQuery;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.identity.PasswordPolicy;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsAdmin;
import org.kumiai.testing.AsStaff;

/**
 * Staff and admin accounts, the co-ops staff may see, the demo logins and the audit search, with
 * the container deciding who the caller is and which roles it has.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

  private static final String ADMIN = "admin@federation.example.jp";
  private static final String IP = "203.0.113.40";

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("staff", Map.of("kumiai.identity.pbkdf2-iterations", "10000"))
        .addClasses(AsAdmin.class, AsStaff.class)
        .addAsWebInfResource(new File("src/test/resources/staff-it/glassfish-web.xml"));
  }

  @Inject StaffAccounts staff;
  @Inject StaffScope scope;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject SignUp signUp;
  @Inject SignIn signIn;
  @Inject AsAdmin asAdmin;
  @Inject AsStaff asStaff;
  @Inject Accounts accounts;

  private static String fresh(String what) {
    return what + "-" + UUID.randomUUID() + "@example.jp";
  }

  private StaffAccountView create(String email, Role role, Set<String> coops) throws Exception {
    return asAdmin.call(() -> staff.create(email, "山田", "花子", role, coops, Locale.JAPANESE, IP));
  }

  private static void assertInvalid(String field, String reason, Executable action) {
    InvalidValueException e = assertThrows(InvalidValueException.class, action);
    assertEquals(field + ": " + reason, e.field() + ": " + e.reason());
  }

  private List<MessageView> mailTo(String email) {
    return outbox.latest(200).stream()
        .filter(m -> m.recipient().equals(email) && m.channel() == Channel.MAIL)
        .toList();
  }

  @Test
  void theDemoLoginsAreOnboardedAndSignInWithTheirPasswords() throws Exception {
    List<StaffAccountView> all = asAdmin.call(staff::list);
    for (IdentityDemoData.Login login : IdentityDemoData.LOGINS) {
      assertTrue(
          PasswordPolicy.DEFAULT.problems(login.password(), login.email()).isEmpty(),
          login.email());
      StaffAccountView view =
          all.stream().filter(v -> v.email().equals(login.email())).findFirst().orElseThrow();
      assertTrue(view.onboarded(), login.email());
      assertEquals(login.coop() == null ? List.of() : List.of(login.coop()), view.coops());
      PasswordCheck check = signIn.checkPassword(login.email(), login.password(), IP);
      assertEquals(PasswordCheck.Outcome.ACCEPTED, check.outcome(), login.email());
      assertTrue(check.maskedPhone().isPresent());
    }
    assertEquals(
        Set.of(Role.ADMIN),
        all.stream().filter(v -> v.email().equals(ADMIN)).findFirst().orElseThrow().roles());
  }

  @Test
  void someoneWhoLeavesTheStaffLosesTheBackOfficeButNotTheLastAdmin() throws Exception {
    String leaving = fresh("leaving-staff");
    create(leaving, Role.STAFF, Set.of("HOKUTO"));
    Instant signedIn = Instant.now();

    StaffAccountView revoked = asAdmin.call(() -> staff.revoke(leaving, IP));
    assertEquals(Set.of(), revoked.roles());
    assertEquals(List.of(), revoked.coops());
    assertTrue(accounts.sessionEnded(leaving, signedIn), "signed out at once");
    assertFalse(
        asAdmin.call(staff::list).stream().anyMatch(v -> v.email().equals(leaving)),
        "no longer listed as staff");
    AuditEvent event = audit.about(leaving, 1).get(0);
    assertEquals(AuditAction.STAFF_ACCOUNT_REVOKED, event.action());
    assertEquals("[STAFF] HOKUTO", event.detail());

    assertInvalid("email", "NOT_STAFF", () -> asAdmin.call(() -> staff.revoke(leaving, IP)));
    assertInvalid("email", "SELF", () -> asAdmin.call(() -> staff.revoke(ADMIN, IP)));
    String second = fresh("second-admin");
    create(second, Role.ADMIN, Set.of());
    assertEquals(Set.of(), asAdmin.call(() -> staff.revoke(second, IP)).roles());
    assertThrows(
        EJBAccessException.class,
        () -> asStaff.call(() -> staff.revoke(second, IP)),
        "administrators only");
  }

  @Test
  void anAdminCreatesStaffWhoIsInvitedAudittedAndFinishesThroughTheSignUp() throws Exception {
    String email = fresh("new-staff");

    StaffAccountView created = create(email, Role.STAFF, Set.of("WAKABA", "HOKUTO"));

    assertEquals(List.of("HOKUTO", "WAKABA"), created.coops());
    assertEquals(Set.of(Role.STAFF), created.roles());
    assertFalse(created.onboarded(), "no password and phone yet");
    MessageView invitation = mailTo(email).get(0);
    assertTrue(invitation.subject().contains("職員用アカウント"), invitation.subject());
    assertTrue(
        invitation.body().contains("/signup?email=" + email.replace("@", "%40")),
        invitation.body());
    assertTrue(invitation.body().contains("山田 花子 様"), invitation.body());

    AuditEvent event = audit.about(email, 5).get(0);
    assertEquals(AuditAction.STAFF_ACCOUNT_CREATED, event.action());
    assertEquals(ADMIN, event.actor());
    assertEquals(IP, event.ipAddress());
    assertEquals("STAFF HOKUTO,WAKABA", event.detail());

    // The invitation's link leads to the wizard, which mails a code, not "already registered".
    signUp.startWithEmail(email, Locale.JAPANESE, IP);
    assertTrue(mailTo(email).get(0).subject().contains("確認コード"), mailTo(email).get(0).subject());
    assertEquals(org.kumiai.domain.identity.OnboardingStep.PASSWORD, signUp.progress(email).next());
    // No password yet: sign-in treats it like an unknown address.
    assertEquals(
        PasswordCheck.Outcome.WRONG, signIn.checkPassword(email, "Anything-Goes 1", IP).outcome());
  }

  @Test
  void anAdminAccountNeedsNoCoop() throws Exception {
    String email = fresh("new-admin");

    StaffAccountView created = create(email, Role.ADMIN, Set.of());

    assertEquals(Set.of(Role.ADMIN), created.roles());
    assertEquals(List.of(), created.coops());
    assertTrue(mailTo(email).get(0).body().contains("管理者"));
  }

  @Test
  void badFormsAndTakenAddressesAreRefusedByField() throws Exception {
    String email = fresh("twice");
    create(email, Role.STAFF, Set.of("HOKUTO"));

    assertInvalid("email", "ALREADY_STAFF", () -> create(email, Role.STAFF, Set.of("WAKABA")));
    assertInvalid("email", "TAKEN", () -> create(email, Role.ADMIN, Set.of()));
    assertInvalid("email", "TAKEN", () -> create("staff@wakaba.example.jp", Role.ADMIN, Set.of()));
    assertInvalid("coops", "EMPTY", () -> create(fresh("no-coop"), Role.STAFF, Set.of()));
    assertInvalid(
        "coops", "UNKNOWN", () -> create(fresh("bad-coop"), Role.STAFF, Set.of("NOWHERE")));
    assertInvalid("email", "MALFORMED", () -> create("not an address", Role.STAFF, Set.of()));
    String nameless = fresh("nameless");
    assertInvalid(
        "familyName",
        "EMPTY",
        () ->
            asAdmin.call(
                () ->
                    staff.create(
                        nameless, " ", "花子", Role.STAFF, Set.of("HOKUTO"), Locale.ENGLISH, IP)));
    assertTrue(mailTo(nameless).isEmpty(), "a refused form mails nothing");
  }

  @Test
  void staffCoopsChangeButNeverToNone() throws Exception {
    String email = fresh("moving");
    create(email, Role.STAFF, Set.of("HOKUTO"));

    StaffAccountView moved =
        asAdmin.call(() -> staff.changeCoops(email, Set.of("SETOUCHI", "WAKABA"), IP));

    assertEquals(List.of("SETOUCHI", "WAKABA"), moved.coops());
    AuditEvent event = audit.about(email, 5).get(0);
    assertEquals(AuditAction.STAFF_COOPS_CHANGED, event.action());
    assertEquals(ADMIN, event.actor());
    assertEquals("HOKUTO -> SETOUCHI,WAKABA", event.detail());

    assertInvalid(
        "coops", "EMPTY", () -> asAdmin.call(() -> staff.changeCoops(email, Set.of(), IP)));
    assertInvalid(
        "email",
        "NOT_STAFF",
        () -> asAdmin.call(() -> staff.changeCoops(ADMIN, Set.of("HOKUTO"), IP)));
  }

  @Test
  void onlyAdminsManageAccountsAndSearchTheTrail() {
    assertThrows(EJBAccessException.class, () -> staff.list());
    assertThrows(EJBAccessException.class, () -> asStaff.call(staff::list));
    assertThrows(
        EJBAccessException.class,
        () ->
            asStaff.call(
                () ->
                    staff.create(
                        fresh("x"), "山田", "花子", Role.ADMIN, Set.of(), Locale.JAPANESE, IP)));
    assertThrows(EJBAccessException.class, () -> audit.count(AuditQuery.EVERYTHING));
    assertThrows(
        EJBAccessException.class, () -> asStaff.call(() -> audit.count(AuditQuery.EVERYTHING)));
    assertThrows(EJBAccessException.class, () -> scope.coops());
  }

  @Test
  void staffSeeOnlyTheirCoops() throws Exception {
    List<CoopView> mine = asStaff.call(scope::coops);

    assertEquals(List.of("HOKUTO"), mine.stream().map(CoopView::code).toList());
    assertEquals("HOKUTO", asStaff.call(() -> scope.coop("HOKUTO")).code());
    assertThrows(CoopNotFoundException.class, () -> asStaff.call(() -> scope.coop("WAKABA")));
    assertThrows(CoopNotFoundException.class, () -> asStaff.call(() -> scope.coop("NOWHERE")));
    assertThrows(CoopNotFoundException.class, () -> asStaff.call(() -> scope.coop(null)));
  }

  @Test
  void theTrailIsSearchedByAddressActionDayAndIpNewestFirstInPages() throws Exception {
    String who = "pager-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 60; i++) {
      audit.record(
          i % 3 == 0 ? AuditAction.SIGN_IN_FAILED : AuditAction.CODE_SENT,
          who + "@example.jp",
          who + "@example.jp",
          i % 2 == 0 ? "198.51.100.7" : "198.51.100.8",
          "n" + i);
    }
    audit.record(AuditAction.CODE_SENT, "anonymous", who + "_x@example.jp", null, "underscore");
    audit.record(AuditAction.CODE_SENT, "anonymous", who + "yx@example.jp", null, "wildcard?");

    AuditQuery everything = new AuditQuery(who.toUpperCase() + "@", null, null, null, null);
    assertEquals(60, asAdmin.call(() -> audit.count(everything)));
    List<AuditEvent> first = asAdmin.call(() -> audit.search(everything, 0, 50));
    List<AuditEvent> second = asAdmin.call(() -> audit.search(everything, 50, 50));
    assertEquals(50, first.size());
    assertEquals(10, second.size());
    assertEquals("n59", first.get(0).detail(), "newest first");
    assertEquals("n0", second.get(9).detail());

    assertEquals(
        20,
        asAdmin.call(
            () -> audit.count(new AuditQuery(who, AuditAction.SIGN_IN_FAILED, null, null, null))));
    assertEquals(
        30, asAdmin.call(() -> audit.count(new AuditQuery(who, null, null, null, "198.51.100.8"))));
    LocalDate today = LocalDate.now(CoopTime.ZONE);
    assertEquals(
        62, asAdmin.call(() -> audit.count(new AuditQuery(who, null, today, today, null))));
    assertEquals(
        0,
        asAdmin.call(
            () ->
                audit.count(
                    new AuditQuery(who, null, today.minusDays(3), today.minusDays(1), null))));
    List<AuditEvent> underscore =
        asAdmin.call(() -> audit.search(new AuditQuery(who + "_", null, null, null, null), 0, 10));
    assertEquals(List.of("underscore"), underscore.stream().map(AuditEvent::detail).toList());
  }
}
