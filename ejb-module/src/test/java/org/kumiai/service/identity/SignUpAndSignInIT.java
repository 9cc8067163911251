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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;

/** Sign-up and sign-in through the services, reading every code from the real outbox. */
@ExtendWith(ArquillianExtension.class)
class SignUpAndSignInIT {

  private static final Pattern MAIL_CODE = Pattern.compile("(?:確認コード|code):? (\\d{6})");
  private static final Pattern SMS_CODE = Pattern.compile("(\\d{6})");
  private static final String GOOD_PASSWORD = "Kumiai-Coop 2026!";

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

  private MessageView lastTo(String recipient, Channel channel) {
    return outbox.latest(200).stream()
        .filter(m -> m.recipient().equals(recipient) && m.channel() == channel)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing sent to " + recipient));
  }

  private String mailedCode(String email) {
    Matcher m = MAIL_CODE.matcher(lastTo(email, Channel.MAIL).body());
    assertTrue(m.find(), "a code in the mail");
    return m.group(1);
  }

  private String textedCode(String e164) {
    Matcher m = SMS_CODE.matcher(lastTo(e164, Channel.SMS).body());
    assertTrue(m.find(), "a code in the text");
    return m.group(1);
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  @Test
  void aMemberSignsUpThroughEveryStepInOrder() {
    String email = "taro.okada@hokuto.example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE);
    MessageView mail = lastTo(email, Channel.MAIL);
    assertTrue(mail.subject().contains("確認コード"), mail.subject());
    assertTrue(mail.body().contains("/signup?email=taro.okada%40hokuto.example.jp"), mail.body());

    assertEquals(CodeCheck.WRONG, signUp.confirmEmail(email, wrong(mailedCode(email))).check());
    Confirmation confirmed = signUp.confirmEmail(email, mailedCode(email));
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

    signUp.sendPhoneCode(email, "090-1111-0001", false, Locale.JAPANESE);
    String smsCode = textedCode("+819011110001");
    assertEquals(
        CodeCheck.WRONG, signUp.confirmPhone(email, "09011110001", wrong(smsCode)).check());
    Confirmation phone = signUp.confirmPhone(email, "０９０-１１１１-０００１", smsCode);
    assertEquals(OnboardingStep.PROFILE, phone.progress().orElseThrow().next());
    assertEquals(OnboardingStep.PROFILE, signUp.progress(email).next());
  }

  @Test
  void oneAddressInTwoCoopsLinksBoth() {
    String email = "hanako.sato@example.jp";
    signUp.startWithEmail(email, Locale.ENGLISH);
    assertTrue(lastTo(email, Channel.MAIL).subject().startsWith("[Co-op]"), "English mail");

    SignUpProgress progress =
        signUp.confirmEmail(email, mailedCode(email)).progress().orElseThrow();

    assertEquals(List.of("HOKUTO", "WAKABA"), progress.coops());
  }

  @Test
  void anUnregisteredAddressMakesAProspectiveAccount() {
    String email = "prospect-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE);

    SignUpProgress progress =
        signUp.confirmEmail(email, mailedCode(email)).progress().orElseThrow();

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

    signUp.startWithEmail(email, Locale.JAPANESE);
    signUp.confirmEmail(email, mailedCode(email));
    assertEquals(
        OnboardingStep.PASSWORD,
        assertThrows(
                SignUpStepException.class,
                () -> signUp.sendPhoneCode(email, "090-1234-5678", false, Locale.JAPANESE))
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
    signUp.startWithEmail(email, Locale.JAPANESE);
    signUp.confirmEmail(email, mailedCode(email));

    Thread.sleep(1_100);
    signUp.startWithEmail(email, Locale.JAPANESE);
    Confirmation again = signUp.confirmEmail(email, mailedCode(email));

    assertEquals(OnboardingStep.PASSWORD, again.progress().orElseThrow().next());
    assertEquals(OnboardingStep.PASSWORD, signUp.progress(email).next());
  }

  @Test
  void anAccountPastThePhoneGetsASignInNoteNotACode() {
    String email = signedUp("090-2222-0104");

    signUp.startWithEmail(email, Locale.JAPANESE);

    MessageView note = lastTo(email, Channel.MAIL);
    assertTrue(note.subject().contains("登録済み"), note.subject());
    assertTrue(note.body().contains("/signin"), note.body());
    assertFalse(MAIL_CODE.matcher(note.body()).find(), "no code in the note");
  }

  @Test
  void anAccountLeftBeforeItsPhoneResumesByANewEmailCode() throws Exception {
    String email = "phone-later-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE);
    signUp.confirmEmail(email, mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");

    Thread.sleep(1_100);
    signUp.startWithEmail(email, Locale.JAPANESE);
    Confirmation resumed = signUp.confirmEmail(email, mailedCode(email));

    assertEquals(OnboardingStep.PHONE, resumed.progress().orElseThrow().next());
  }

  @Test
  void aVoiceCallReadsTheCodeDigitByDigit() {
    String email = "voice-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE);
    signUp.confirmEmail(email, mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");

    signUp.sendPhoneCode(email, "080-9999-1234", true, Locale.JAPANESE);

    MessageView call = lastTo("+818099991234", Channel.VOICE);
    assertTrue(call.body().matches(".*\\d、\\d、\\d、\\d、\\d、\\d.*"), call.body());
  }

  @Test
  void anUnreachablePhoneLeavesTheTextQueuedWithTheReason() throws Exception {
    String email = "unreachable-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE);
    signUp.confirmEmail(email, mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");

    signUp.sendPhoneCode(email, "090-0000-1234", false, Locale.JAPANESE);

    Instant deadline = Instant.now().plusSeconds(20);
    MessageView text = lastTo("+819000001234", Channel.SMS);
    while (text.attempts() == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      text = lastTo("+819000001234", Channel.SMS);
    }
    assertEquals(1, text.attempts());
    assertTrue(text.lastError().contains("unreachable"), text.lastError());
  }

  @Test
  void malformedInputNamesTheField() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> signUp.startWithEmail("x".repeat(10_000), Locale.JAPANESE));
    assertEquals("email", e.field());
    assertEquals(
        "email",
        assertThrows(
                InvalidValueException.class,
                () -> signUp.startWithEmail("'; DROP TABLE account; --", Locale.JAPANESE))
            .field());
  }

  /** A finished sign-up (password and phone) for sign-in tests; returns its address. */
  private String signedUp(String phone) {
    String email = "signin-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE);
    signUp.confirmEmail(email, mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");
    signUp.sendPhoneCode(email, phone, false, Locale.JAPANESE);
    signUp.confirmPhone(email, phone, textedCode(PhoneNumber.parse(phone).value()));
    return email;
  }

  private static String ip() {
    return "198.51.100." + (int) (Math.random() * 250 + 1);
  }

  @Test
  void signInTakesThePasswordThenACodeToThePhone() {
    String email = signedUp("090-2222-0101");
    String ip = ip();

    PasswordCheck password = signIn.checkPassword(email.toUpperCase(), "Ｋｕｍｉａｉ-Ｃｏｏｐ 2026!", ip);
    assertEquals(PasswordCheck.Outcome.ACCEPTED, password.outcome(), "NFKC and any case");
    assertEquals(OnboardingStep.PROFILE, password.next());
    assertEquals("+81 ******0101", password.maskedPhone().orElseThrow());

    signIn.sendCode(email, false, Locale.JAPANESE, ip);
    String code = textedCode("+819022220101");
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
    String email = signedUp("090-2222-0102");

    PasswordCheck unknown = signIn.checkPassword("nobody-" + email, GOOD_PASSWORD, ip());
    PasswordCheck wrongPassword = signIn.checkPassword(email, "Wrong-Password 1", ip());
    PasswordCheck garbage = signIn.checkPassword("<script>", GOOD_PASSWORD, ip());

    assertEquals(PasswordCheck.wrong(), unknown);
    assertEquals(PasswordCheck.wrong(), wrongPassword);
    assertEquals(PasswordCheck.wrong(), garbage);
  }

  @Test
  void fiveWrongPasswordsLockForAMinuteAndEvenTheRightOneWaits() {
    String email = signedUp("090-2222-0103");
    for (int i = 0; i < 4; i++) {
      assertEquals(
          PasswordCheck.Outcome.WRONG,
          signIn.checkPassword(email, "Wrong-Password " + i, ip()).outcome());
    }
    Instant before = Instant.now();

    PasswordCheck fifth = signIn.checkPassword(email, "Wrong-Password 5", ip());

    assertEquals(PasswordCheck.Outcome.LOCKED, fifth.outcome());
    Instant until = fifth.retryAt().orElseThrow();
    assertTrue(
        !until.isBefore(before.plusSeconds(59)) && !until.isAfter(Instant.now().plusSeconds(61)),
        until.toString());
    PasswordCheck right = signIn.checkPassword(email, GOOD_PASSWORD, ip());
    assertEquals(PasswordCheck.Outcome.LOCKED, right.outcome());
    assertEquals(until, right.retryAt().orElseThrow());
    assertTrue(
        audit.about(email, 50).stream().anyMatch(e -> e.action() == AuditAction.SIGN_IN_LOCKED));
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
