package org.kumiai.web.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.identity.SecondFactor;
import org.kumiai.service.identity.Accounts;
import org.kumiai.service.identity.PasswordCheck;
import org.kumiai.service.identity.SignIn;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.LocalPath;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /signin}: email and password, then the second factor — a code to the registered phone by
 * SMS or call, the authenticator app, or a recovery code — then the home of the account's role. An
 * account whose sign-up stopped before its phone continues the sign-up; one that stopped before its
 * profile signs in fully and then continues it.
 */
@Named
@ViewScoped
public class SignInBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "signin";

  /** The panels of this page, in order. */
  public enum Panel {
    PASSWORD,
    FACTOR,
    CODE,
    TOTP,
    RECOVERY
  }

  @Inject private SignIn signIn;
  @Inject private Accounts accounts;
  @Inject private ProvenEmail proven;
  @Inject private SecurityContext security;
  @Inject private DisplayFormat format;
  @Inject private SignedInSessions sessions;

  private Panel panel = Panel.PASSWORD;
  private String email;
  private String password;
  private String code;
  private String back;

  /** How long a password given here counts while the second factor is asked for. */
  private static final Duration PASSED_FOR = Duration.ofMinutes(10);

  private String passedEmail;
  private Instant passedAt;
  private String maskedPhone;
  private boolean hasTotp;
  private boolean ended;

  public void checkPassword() throws IOException {
    try {
      PasswordCheck check = signIn.checkPassword(email, password, ip());
      switch (check.outcome()) {
        case ACCEPTED -> accepted(check);
        case WRONG -> Feedback.error(null, "signin.wrong");
        case LOCKED ->
            Feedback.error(null, "signin.locked", format.dateTime(check.retryAt().orElseThrow()));
        case RATE_LIMITED ->
            Feedback.error(null, "signin.limited", format.dateTime(check.retryAt().orElseThrow()));
      }
    } finally {
      password = null;
    }
  }

  private void accepted(PasswordCheck check) throws IOException {
    if (check.next() == OnboardingStep.PASSWORD || check.next() == OnboardingStep.PHONE) {
      proven.prove(check.email());
      redirect("/signup");
      return;
    }
    passedEmail = check.email();
    passedAt = Instant.now();
    maskedPhone = check.maskedPhone().orElse("");
    hasTotp = check.factors().contains(SecondFactor.TOTP);
    panel = check.defaultFactor() == SecondFactor.TOTP ? Panel.TOTP : Panel.FACTOR;
  }

  public void chooseTotp() {
    panel = hasTotp ? Panel.TOTP : Panel.FACTOR;
  }

  public void chooseRecovery() {
    panel = Panel.RECOVERY;
  }

  public void choosePhone() {
    panel = Panel.FACTOR;
  }

  public void sendSms() {
    sendCode(false);
  }

  public void callPhone() {
    sendCode(true);
  }

  private void sendCode(boolean voice) {
    if (!passwordStands()) {
      return;
    }
    try {
      signIn.sendCode(passedEmail, voice, locale(), ip());
      panel = Panel.CODE;
      Feedback.info(voice ? "signin.called" : "signin.texted", maskedPhone);
    } catch (ResendTooSoonException e) {
      panel = Panel.CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void confirmCode() throws IOException {
    confirm(Panel.CODE, "code", signIn::confirmCode);
  }

  public void confirmTotp() throws IOException {
    confirm(Panel.TOTP, "totp", signIn::confirmTotp);
  }

  public void confirmRecovery() throws IOException {
    confirm(Panel.RECOVERY, "recovery", signIn::confirmRecoveryCode);
  }

  /** The services' check of one second factor. */
  @FunctionalInterface
  private interface FactorCheck {
    CodeCheck check(String email, String typed, String ip);
  }

  /**
   * Whether the password given on this page still counts for the second factor: for {@link
   * #PASSED_FOR}, and not after the account's sessions were ended (a reset, or "sign out
   * everywhere"), which must cut off a password someone else had already typed. Otherwise the
   * password is asked for again.
   */
  private boolean passwordStands() {
    if (passedEmail == null) {
      panel = Panel.PASSWORD;
      return false;
    }
    if (passedAt.plus(PASSED_FOR).isBefore(Instant.now())
        || accounts.sessionEnded(passedEmail, passedAt)) {
      passedEmail = null;
      passedAt = null;
      panel = Panel.PASSWORD;
      Feedback.error(null, "signin.again");
      return false;
    }
    return true;
  }

  private void confirm(Panel from, String field, FactorCheck factor) throws IOException {
    if (!passwordStands()) {
      return;
    }
    CodeCheck check = factor.check(passedEmail, code, ip());
    code = null;
    if (!check.accepted()) {
      panel = from;
      Feedback.error(FORM + ":" + field, "code." + check.name());
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new VerifiedSignIn(passedEmail))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SEND_CONTINUE && status != AuthenticationStatus.SUCCESS) {
      Feedback.error(null, "signin.wrong");
      return;
    }
    // A new session id at sign-in, so an id planted before cannot ride the signed-in session.
    request.changeSessionId();
    sessions.start(request.getSession(), passedEmail);
    accounts.keepLanguage(passedEmail, locale());
    if (accounts.view(passedEmail).map(a -> a.next() == OnboardingStep.PROFILE).orElse(false)) {
      proven.prove(passedEmail);
      redirect("/signup");
      return;
    }
    redirect(home(accounts.rolesOf(passedEmail)));
  }

  private String home(Set<Role> roles) {
    String safeBack = LocalPath.orHome(back);
    if (back != null && !"/".equals(safeBack)) {
      return safeBack;
    }
    if (roles.contains(Role.ADMIN)) {
      return "/admin/";
    }
    if (roles.contains(Role.STAFF)) {
      return "/staff/";
    }
    if (roles.contains(Role.MEMBER)) {
      return "/member/";
    }
    return roles.contains(Role.GUARDIAN) ? "/family/" : "/account/";
  }

  private static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  private static String ip() {
    return Visitor.ip();
  }

  private static Locale locale() {
    return Visitor.locale();
  }

  public Panel getPanel() {
    return panel;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getBack() {
    return back;
  }

  public void setBack(String back) {
    this.back = back;
  }

  public boolean isEnded() {
    return ended;
  }

  public void setEnded(boolean ended) {
    this.ended = ended;
  }

  public boolean isHasTotp() {
    return hasTotp;
  }

  public String getMaskedPhone() {
    return maskedPhone;
  }
}
