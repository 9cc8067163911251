package org.kumiai.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.PasswordProblem;
import org.kumiai.domain.identity.PasswordRejectedException;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;

/** Sign-up and sign-in through the services, reading every code from the real outbox. */
@ExtendWith(ArquillianExtension.class)
class SignUpAndSignInIT {

  private static final String GOOD_PASSWORD = IdentityFixture.GOOD_PASSWORD;

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
        "signup",
        Map.of(
            "kumiai.identity.code-resend-after", "PT1S",
            "kumiai.identity.pbkdf2-iterations", "10000",
            "kumiai.identity.ip-attempts", "12"));
  }

  @Inject SignUp signUp;
  @Inject Outbox outbox;
  @Inject SignIn signIn;
  @Inject AuditTrail audit;
  @Inject IdentityFixture fixture;

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  @Test
  void aMemberSignsUpThroughEveryStepInOrder() {
    String email = "taro.okada@hokuto.example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    MessageView mail = fixture.lastTo(email, Channel.MAIL);
    assertTrue(mail.subject().contains("確認コード"), mail.subject());
    assertTrue(mail.body().contains("/signup?email=taro.okada%40hokuto.example.jp"), mail.body());

    assertEquals(
        CodeCheck.WRONG, signUp.confirmEmail(email, wrong(fixture.mailedCode(email))).check());
    Confirmation confirmed = signUp.confirmEmail(email, fixture.mailedCode(email));
    assertEquals(CodeCheck.ACCEPTED, confirmed.check());
    SignUpProgress progress = confirmed.progress().orElseThrow();
    assertEquals(OnboardingStep.PASSWORD, progress.next());
    assertFalse(progress.prospective());
    assertEquals(List.of("HOKUTO"), progress.coops());

    InvalidValueException mismatch =
        assertThrows(
            InvalidValueException.class,
            () -> signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD + "x", "岡田", "太郎"));
    assertEquals("passwordRepeat", mismatch.field());
    PasswordRejectedException weak =
        assertThrows(
            PasswordRejectedException.class,
            () -> signUp.choosePassword(email, "password", "password", "岡田", "太郎"));
    assertTrue(weak.problems().contains(PasswordProblem.TOO_COMMON), weak.problems().toString());
    assertEquals(
        OnboardingStep.PHONE,
        signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "岡田", "太郎").next());

    signUp.sendPhoneCode(email, "090-1111-0001", false, Locale.JAPANESE, IdentityFixture.ip());
    String smsCode = fixture.textedCode("+819011110001");
    assertEquals(
        CodeCheck.WRONG, signUp.confirmPhone(email, "09011110001", wrong(smsCode)).check());
    Confirmation phone = signUp.confirmPhone(email, "０９０-１１１１-０００１", smsCode);
    assertEquals(OnboardingStep.PROFILE, phone.progress().orElseThrow().next());
    assertEquals(OnboardingStep.PROFILE, signUp.progress(email).next());
  }

  @Test
  void oneAddressInTwoCoopsLinksBoth() {
    String email = "hanako.sato@example.jp";
    signUp.startWithEmail(email, Locale.ENGLISH, IdentityFixture.ip());
    assertTrue(fixture.lastTo(email, Channel.MAIL).subject().startsWith("[Co-op]"), "English mail");

    SignUpProgress progress =
        signUp.confirmEmail(email, fixture.mailedCode(email)).progress().orElseThrow();

    assertEquals(List.of("HOKUTO", "WAKABA"), progress.coops());
  }

  @Test
  void anUnregisteredAddressMakesAProspectiveAccount() {
    String email = "prospect-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());

    SignUpProgress progress =
        signUp.confirmEmail(email, fixture.mailedCode(email)).progress().orElseThrow();

    assertTrue(progress.prospective());
    assertEquals(List.of(), progress.coops());
  }

  @Test
  void stepsTypedOutOfOrderAreRefusedAndNamed() {
    String email = "order-" + UUID.randomUUID() + "@example.jp";
    assertEquals(
        OnboardingStep.EMAIL,
        assertThrows(
                SignUpStepException.class,
                () -> signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子"))
            .expected());

    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    signUp.confirmEmail(email, fixture.mailedCode(email));
    assertEquals(
        OnboardingStep.PASSWORD,
        assertThrows(
                SignUpStepException.class,
                () ->
                    signUp.sendPhoneCode(
                        email, "090-1234-5678", false, Locale.JAPANESE, IdentityFixture.ip()))
            .expected());

    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");
    assertEquals(
        OnboardingStep.PHONE,
        assertThrows(
                SignUpStepException.class,
                () -> signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子"))
            .expected(),
        "a form posted twice does not change the password again");
  }

  @Test
  void anInterruptedSignUpResumesWithANewCodeAndTheSameAccount() throws Exception {
    String email = "resume-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    signUp.confirmEmail(email, fixture.mailedCode(email));

    Thread.sleep(1_100);
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    Confirmation again = signUp.confirmEmail(email, fixture.mailedCode(email));

    assertEquals(OnboardingStep.PASSWORD, again.progress().orElseThrow().next());
    assertEquals(OnboardingStep.PASSWORD, signUp.progress(email).next());
  }

  @Test
  void anAccountPastThePhoneGetsASignInNoteNotACode() {
    String email = fixture.signedUp("090-2222-0104");

    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());

    MessageView note = fixture.lastTo(email, Channel.MAIL);
    assertTrue(note.subject().contains("登録済み"), note.subject());
    assertTrue(note.body().contains("/signin"), note.body());
    assertFalse(IdentityFixture.MAIL_CODE.matcher(note.body()).find(), "no code in the note");
  }

  @Test
  void anAccountLeftBeforeItsPhoneResumesByANewEmailCode() throws Exception {
    String email = "phone-later-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    signUp.confirmEmail(email, fixture.mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");

    Thread.sleep(1_100);
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    Confirmation resumed = signUp.confirmEmail(email, fixture.mailedCode(email));

    assertEquals(OnboardingStep.PHONE, resumed.progress().orElseThrow().next());
  }

  @Test
  void aVoiceCallReadsTheCodeDigitByDigit() {
    String email = "voice-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    signUp.confirmEmail(email, fixture.mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");

    signUp.sendPhoneCode(email, "080-9999-1234", true, Locale.JAPANESE, IdentityFixture.ip());

    MessageView call = fixture.lastTo("+818099991234", Channel.VOICE);
    assertTrue(call.body().matches(".*\\d、\\d、\\d、\\d、\\d、\\d.*"), call.body());
  }

  @Test
  void anUnreachablePhoneLeavesTheTextQueuedWithTheReason() throws Exception {
    String email = "unreachable-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, IdentityFixture.ip());
    signUp.confirmEmail(email, fixture.mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");

    signUp.sendPhoneCode(email, "090-0000-1234", false, Locale.JAPANESE, IdentityFixture.ip());

    Instant deadline = Instant.now().plusSeconds(20);
    MessageView text = fixture.lastTo("+819000001234", Channel.SMS);
    while (text.attempts() == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      text = fixture.lastTo("+819000001234", Channel.SMS);
    }
    assertEquals(1, text.attempts());
    assertTrue(text.lastError().contains("unreachable"), text.lastError());
  }

  @Test
  void malformedInputNamesTheField() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> signUp.startWithEmail("x".repeat(10_000), Locale.JAPANESE, IdentityFixture.ip()));
    assertEquals("email", e.field());
    assertEquals(
        "email",
        assertThrows(
                InvalidValueException.class,
                () ->
                    signUp.startWithEmail(
                        "'; DROP TABLE account; --", Locale.JAPANESE, IdentityFixture.ip()))
            .field());
  }

  @Test
  void signInTakesThePasswordThenACodeToThePhone() {
    String email = fixture.signedUp("090-2222-0101");
    String ip = IdentityFixture.ip();

    PasswordCheck password = signIn.checkPassword(email.toUpperCase(), "Ｋｕｍｉａｉ-Ｃｏｏｐ 2026!", ip);
    assertEquals(PasswordCheck.Outcome.ACCEPTED, password.outcome(), "NFKC and any case");
    assertEquals(OnboardingStep.PROFILE, password.next());
    assertEquals("+81 ******0101", password.maskedPhone().orElseThrow());

    signIn.sendCode(email, false, Locale.JAPANESE, ip);
    String code = fixture.textedCode("+819022220101");
    assertEquals(CodeCheck.WRONG, signIn.confirmCode(email, wrong(code), ip));
    assertEquals(CodeCheck.ACCEPTED, signIn.confirmCode(email, code, ip));

    List<AuditAction> trail = audit.about(email, 50).stream().map(AuditEvent::action).toList();
    assertTrue(
        trail.containsAll(
            List.of(
                AuditAction.ACCOUNT_CREATED,
                AuditAction.PASSWORD_CHOSEN,
                AuditAction.PHONE_VERIFIED,
                AuditAction.SIGN_IN_PASSWORD_OK,
                AuditAction.CODE_SENT,
                AuditAction.CODE_REJECTED,
                AuditAction.SIGN_IN_COMPLETED)),
        trail.toString());
  }

  @Test
  void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
    String email = fixture.signedUp("090-2222-0102");

    PasswordCheck unknown =
        signIn.checkPassword("nobody-" + email, GOOD_PASSWORD, IdentityFixture.ip());
    PasswordCheck wrongPassword =
        signIn.checkPassword(email, "Wrong-Password 1", IdentityFixture.ip());
    PasswordCheck garbage = signIn.checkPassword("<script>", GOOD_PASSWORD, IdentityFixture.ip());

    assertEquals(PasswordCheck.wrong(), unknown);
    assertEquals(PasswordCheck.wrong(), wrongPassword);
    assertEquals(PasswordCheck.wrong(), garbage);
  }

  @Test
  void fiveWrongPasswordsLockForAMinuteAndEvenTheRightOneWaits() {
    String email = fixture.signedUp("090-2222-0103");
    for (int i = 0; i < 4; i++) {
      assertEquals(
          PasswordCheck.Outcome.WRONG,
          signIn.checkPassword(email, "Wrong-Password " + i, IdentityFixture.ip()).outcome());
    }
    Instant before = Instant.now();

    PasswordCheck fifth = signIn.checkPassword(email, "Wrong-Password 5", IdentityFixture.ip());

    assertEquals(PasswordCheck.Outcome.LOCKED, fifth.outcome());
    Instant until = fifth.retryAt().orElseThrow();
    assertTrue(
        !until.isBefore(before.plusSeconds(59)) && !until.isAfter(Instant.now().plusSeconds(61)),
        until.toString());
    PasswordCheck right = signIn.checkPassword(email, GOOD_PASSWORD, IdentityFixture.ip());
    assertEquals(PasswordCheck.Outcome.LOCKED, right.outcome());
    assertEquals(until, right.retryAt().orElseThrow());
    assertTrue(
        audit.about(email, 50).stream().anyMatch(e -> e.action() == AuditAction.SIGN_IN_LOCKED));
  }

  @Test
  void anAddressWithoutAnAccountLocksAfterFiveTriesAsAnAccountDoes() {
    String nobody = "nobody-" + UUID.randomUUID() + "@example.jp";
    for (int i = 0; i < 4; i++) {
      assertEquals(
          PasswordCheck.Outcome.WRONG,
          signIn.checkPassword(nobody, "Wrong-Password " + i, IdentityFixture.ip()).outcome());
    }

    // Before, an unknown address answered WRONG for ever: LOCKED told that an account existed.
    PasswordCheck fifth = signIn.checkPassword(nobody, "Wrong-Password 5", IdentityFixture.ip());
    PasswordCheck sixth = signIn.checkPassword(nobody, "Wrong-Password 6", IdentityFixture.ip());

    assertEquals(PasswordCheck.Outcome.LOCKED, fifth.outcome());
    assertTrue(fifth.retryAt().isPresent());
    assertEquals(PasswordCheck.Outcome.LOCKED, sixth.outcome());
    assertEquals(fifth.retryAt(), sixth.retryAt(), "waits as a locked account does");
  }

  @Test
  void oneAddressTryingManyAccountsIsRateLimited() {
    String ip = "203.0.113.77";
    for (int i = 0; i < 12; i++) {
      assertEquals(
          PasswordCheck.Outcome.WRONG,
          signIn.checkPassword("victim" + i + "@example.jp", "Guess-Word 1", ip).outcome());
    }

    PasswordCheck limited = signIn.checkPassword("victim99@example.jp", "Guess-Word 1", ip);

    assertEquals(PasswordCheck.Outcome.RATE_LIMITED, limited.outcome());
    assertTrue(limited.retryAt().orElseThrow().isAfter(Instant.now()));
    assertEquals(
        PasswordCheck.Outcome.WRONG,
        signIn.checkPassword("victim99@example.jp", "Guess-Word 1", "203.0.113.78").outcome(),
        "another address is not limited");
  }
}
