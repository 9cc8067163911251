package org.kumiai.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.identity.Base32;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.PasswordRejectedException;
import org.kumiai.domain.identity.SecondFactor;
import org.kumiai.domain.identity.Totp;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.platform.KumiaiDeployment;

/**
 * The profile step, the authenticator app, recovery codes and the password reset, through the
 * services with real JTA, reading codes from the real outbox.
 */
@ExtendWith(ArquillianExtension.class)
class FactorsIT {

  private static final String NEW_PASSWORD = "Hokuto-Ginga 2027?";

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
        "factors",
        Map.of(
            "kumiai.identity.code-resend-after", "PT1S",
            "kumiai.identity.pbkdf2-iterations", "10000"));
  }

  @Inject IdentityFixture fixture;
  @Inject Profiles profiles;
  @Inject SecondFactors factors;
  @Inject SignIn signIn;
  @Inject PasswordReset reset;
  @Inject Accounts accounts;
  @Inject AuditTrail audit;

  private static String ip() {
    return IdentityFixture.ip();
  }

  private static ProfileInput goodProfile() {
    return new ProfileInput(
        "ﾔﾏﾀﾞ", "ハナコ", "９８０－８５７７", "宮城県", "仙台市青葉区", "片平2-1-1", null, "022-123-4567");
  }

  private String signedIn(String phone) {
    String email = fixture.signedUp(phone);
    profiles.save(email, goodProfile());
    return email;
  }

  private List<AuditAction> actions(String email) {
    return audit.about(email, 100).stream().map(AuditEvent::action).toList();
  }

  @Test
  void theProfileNamesEveryBadFieldWritesNothingThenFinishesTheSignUp() {
    String email = fixture.signedUp("090-3000-0001");
    assertEquals(OnboardingStep.PROFILE, signUpStep(email));
    InvalidValuesException bad =
        assertThrows(
            InvalidValuesException.class,
            () ->
                profiles.save(
                    email,
                    new ProfileInput(
                        "やまだ", "<script>", "12-34", "ガリア", "x".repeat(10_000), "", null, "12")));
    assertEquals(
        List.of(
            "familyKana",
            "givenKana",
            "postalCode",
            "prefecture",
            "city",
            "addressLine1",
            "contactPhone"),
        bad.problems().stream().map(InvalidValueException::field).toList());
    assertEquals(OnboardingStep.PROFILE, signUpStep(email), "nothing written");
    assertNull(profiles.current(email).familyKana());
    assertEquals("09030000001", profiles.current(email).phone(), "the proven phone suggested");

    assertEquals(OnboardingStep.DONE, profiles.save(email, goodProfile()));
    ProfileInput saved = profiles.current(email);
    assertEquals("ヤマダ", saved.familyKana());
    assertEquals("980-8577", saved.postalCode());
    assertEquals("0221234567", saved.phone());
    assertTrue(actions(email).contains(AuditAction.PROFILE_SAVED));
  }

  private OnboardingStep signUpStep(String email) {
    return accounts.view(email).orElseThrow().next();
  }

  @Test
  void anAppProvedByItsFirstCodeSignsInOnceForEachCode() {
    String email = signedIn("090-3000-0002");
    TotpEnrolment enrolment = factors.startTotp(email);
    assertTrue(enrolment.uri().startsWith("otpauth://totp/Kumiai:"), enrolment.uri());
    Totp app = Totp.standard(Base32.decode(enrolment.secret()));
    Instant now = Instant.now();

    assertNull(factors.confirmTotp(email, enrolment, wrong(app.codeAt(now)), ip()));
    assertFalse(factors.view(email).hasTotp(), "a wrong first code stores nothing");
    List<String> recovery = factors.confirmTotp(email, enrolment, app.codeAt(now), ip());
    assertEquals(10, recovery.size());
    assertEquals(10, factors.view(email).unusedRecoveryCodes());

    PasswordCheck password = signIn.checkPassword(email, IdentityFixture.GOOD_PASSWORD, ip());
    assertEquals(
        Set.of(SecondFactor.SMS, SecondFactor.VOICE, SecondFactor.TOTP), password.factors());
    assertEquals(SecondFactor.SMS, password.defaultFactor(), "the member chooses; SMS until then");
    assertEquals(
        CodeCheck.WRONG,
        signIn.confirmTotp(email, app.codeAt(now), ip()),
        "the enrolment code does not sign in again");
    String next = app.codeAt(now.plusSeconds(30));
    assertEquals(CodeCheck.ACCEPTED, signIn.confirmTotp(email, next, ip()));
    assertEquals(CodeCheck.WRONG, signIn.confirmTotp(email, next, ip()), "replayed");

    factors.chooseDefault(email, SecondFactor.TOTP, ip());
    assertEquals(
        SecondFactor.TOTP,
        signIn.checkPassword(email, IdentityFixture.GOOD_PASSWORD, ip()).defaultFactor());
    List<AuditAction> actions = actions(email);
    assertTrue(actions.contains(AuditAction.FACTOR_ADDED), actions.toString());
    assertTrue(actions.contains(AuditAction.RECOVERY_CODES_MADE), actions.toString());
    assertTrue(actions.contains(AuditAction.DEFAULT_FACTOR_CHOSEN), actions.toString());
  }

  @Test
  void recoveryCodesWorkOnceAndTheAppGoesOnlyWithProofOfAnotherFactor() {
    String email = signedIn("090-3000-0003");
    TotpEnrolment enrolment = factors.startTotp(email);
    Totp app = Totp.standard(Base32.decode(enrolment.secret()));
    List<String> recovery = factors.confirmTotp(email, enrolment, app.codeAt(Instant.now()), ip());

    String typedSloppily = recovery.get(0).toUpperCase(Locale.ROOT).replace("-", " ");
    assertEquals(CodeCheck.ACCEPTED, signIn.confirmRecoveryCode(email, typedSloppily, ip()));
    assertEquals(CodeCheck.WRONG, signIn.confirmRecoveryCode(email, recovery.get(0), ip()));
    assertEquals(9, factors.view(email).unusedRecoveryCodes());

    assertEquals(CodeCheck.WRONG, factors.removeTotp(email, "not-a-code", ip()));
    assertEquals(CodeCheck.WRONG, factors.removeTotp(email, recovery.get(0), ip()), "used");
    assertTrue(factors.view(email).hasTotp());

    factors.sendProofCode(email, false, Locale.JAPANESE, ip());
    String texted = fixture.textedCode(PhoneNumber.parse("090-3000-0003").value());
    assertEquals(CodeCheck.ACCEPTED, factors.removeTotp(email, texted, ip()));
    assertFalse(factors.view(email).hasTotp());
    assertEquals(SecondFactor.SMS, factors.view(email).defaultFactor());
    assertTrue(actions(email).contains(AuditAction.FACTOR_REMOVED));

    // New recovery codes need the same proof: a session left open cannot mint its own.
    RecoveryCodesMade refused = factors.newRecoveryCodes(email, "not-a-code", ip());
    assertEquals(CodeCheck.WRONG, refused.check());
    assertEquals(List.of(), refused.codes());
    assertEquals(9, factors.view(email).unusedRecoveryCodes(), "the old ones still stand");
    RecoveryCodesMade made = factors.newRecoveryCodes(email, recovery.get(2), ip());
    assertEquals(CodeCheck.ACCEPTED, made.check());
    List<String> fresh = made.codes();
    assertEquals(CodeCheck.WRONG, signIn.confirmRecoveryCode(email, recovery.get(1), ip()));
    assertEquals(CodeCheck.ACCEPTED, signIn.confirmRecoveryCode(email, fresh.get(1), ip()));
  }

  @Test
  void twoSimultaneousUsesOfOneRecoveryCodeSignInOnce() throws Exception {
    String email = signedIn("090-3000-0004");
    Thread.sleep(1_100);
    factors.sendProofCode(email, false, Locale.JAPANESE, ip());
    String texted = fixture.textedCode(PhoneNumber.parse("090-3000-0004").value());
    String code = factors.newRecoveryCodes(email, texted, ip()).codes().get(0);
    ManagedExecutorService executor =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<CodeCheck>> uses = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      uses.add(
          executor.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return signIn.confirmRecoveryCode(email, code, ip());
              }));
    }
    List<CodeCheck> results = new ArrayList<>();
    for (Future<CodeCheck> f : uses) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    assertEquals(1, results.stream().filter(CodeCheck::accepted).count(), results.toString());
  }

  @Test
  void aResetChangesThePasswordEndsEverySessionAndStillNeedsTheSecondFactor() {
    String email = signedIn("090-3000-0005");
    Instant signedInAt = Instant.now().minusSeconds(1);
    assertFalse(accounts.sessionEnded(email, signedInAt));

    assertEquals(ResetStep.Outcome.SENT, reset.ask(email, Locale.JAPANESE, ip()).outcome());
    String code = fixture.mailedCode(email);
    assertThrows(
        PasswordRejectedException.class,
        () -> reset.finish(email, code, "password", "password", Locale.JAPANESE, ip()));
    assertThrows(
        InvalidValueException.class,
        () -> reset.finish(email, code, NEW_PASSWORD, "other", Locale.JAPANESE, ip()));
    ResetStep wrong =
        reset.finish(email, wrong(code), NEW_PASSWORD, NEW_PASSWORD, Locale.JAPANESE, ip());
    assertEquals(CodeCheck.WRONG, wrong.check().orElseThrow());
    assertEquals(
        ResetStep.Outcome.DONE,
        reset.finish(email, code, NEW_PASSWORD, NEW_PASSWORD, Locale.JAPANESE, ip()).outcome());

    assertTrue(accounts.sessionEnded(email, signedInAt), "sessions signed in before end");
    assertEquals(
        PasswordCheck.Outcome.WRONG,
        signIn.checkPassword(email, IdentityFixture.GOOD_PASSWORD, ip()).outcome());
    PasswordCheck check = signIn.checkPassword(email, NEW_PASSWORD, ip());
    assertEquals(PasswordCheck.Outcome.ACCEPTED, check.outcome());
    assertEquals(OnboardingStep.DONE, check.next(), "the second factor comes next, as always");
    assertEquals(
        ResetStep.Outcome.REJECTED,
        reset.finish(email, code, NEW_PASSWORD, NEW_PASSWORD, Locale.JAPANESE, ip()).outcome(),
        "the code works once");
    assertTrue(fixture.lastTo(email, Channel.MAIL).subject().contains("パスワードを変更しました"));
    List<AuditAction> actions = actions(email);
    assertTrue(actions.contains(AuditAction.PASSWORD_CHANGED), actions.toString());
    assertTrue(actions.contains(AuditAction.ALL_SESSIONS_ENDED), actions.toString());
  }

  @Test
  void aResetForAnAddressWithoutAccountAnswersTheSameAndSendsNothing() {
    String nobody = "nobody-" + System.nanoTime() + "@example.jp";
    assertEquals(ResetStep.Outcome.SENT, reset.ask(nobody, Locale.JAPANESE, ip()).outcome());
    assertThrows(AssertionError.class, () -> fixture.lastTo(nobody, Channel.MAIL));
    assertEquals(
        ResetStep.Outcome.REJECTED,
        reset
            .finish(nobody, "123456", NEW_PASSWORD, NEW_PASSWORD, Locale.JAPANESE, ip())
            .outcome());
  }

  @Test
  void endingEverySessionIsSeenBySessionsStartedBeforeOnly() throws Exception {
    String email = signedIn("090-3000-0006");
    Instant before = Instant.now();
    Thread.sleep(5);
    accounts.endAllSessions(email, ip());
    Thread.sleep(5);
    assertTrue(accounts.sessionEnded(email, before));
    assertFalse(accounts.sessionEnded(email, Instant.now()));
    assertNotNull(audit.about(email, 10).get(0));
    assertEquals(AuditAction.ALL_SESSIONS_ENDED, audit.about(email, 10).get(0).action());
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }
}
