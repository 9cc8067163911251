package org.kumiai.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.PasswordProblem;
import org.kumiai.domain.identity.PasswordRejectedException;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.identity.Confirmation;
import org.kumiai.service.identity.Profiles;
import org.kumiai.service.identity.SignUp;
import org.kumiai.service.identity.SignUpProgress;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /signup}: the ordered sign-up — email, its code, password and name, phone, its code, the
 * profile. Which panel shows comes from the account's state, so a visitor who left at any step, or
 * who follows the link in the code mail, lands on the first unfinished one.
 */
@Named
@ViewScoped
public class SignUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "signup";

  /** The panels of this page, in order. */
  public enum Panel {
    EMAIL,
    EMAIL_CODE,
    PASSWORD,
    PHONE,
    PHONE_CODE,
    PROFILE,
    DONE
  }

  @Inject private SignUp signUp;
  @Inject private Profiles profiles;
  @Inject private ProvenEmail proven;
  @Inject private DisplayFormat format;

  private Panel panel = Panel.EMAIL;
  private String email;
  private String emailCode;
  private String password;
  private String passwordRepeat;
  private String familyName;
  private String givenName;
  private String countryCode = "81";
  private String phone;
  private String phoneCode;
  private boolean prospective;
  private List<String> coops = List.of();
  private ProfileForm profile = new ProfileForm();

  /**
   * f:viewAction: resume from the address proven in this session; a visitor arriving by the link in
   * the code mail has the code at hand, so the code panel opens for that address.
   */
  public void load() {
    if (proven.get().isPresent()) {
      show(signUp.progress(proven.get().get()));
    } else if (email != null && !email.isBlank()) {
      panel = Panel.EMAIL_CODE;
    }
  }

  public void sendEmailCode() {
    try {
      Instant resend = signUp.startWithEmail(email, locale(), ip());
      panel = Panel.EMAIL_CODE;
      Feedback.info("signup.codeSent", format.dateTime(resend));
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (ResendTooSoonException e) {
      panel = Panel.EMAIL_CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void confirmEmailCode() {
    try {
      Confirmation c = signUp.confirmEmail(email, emailCode);
      emailCode = null;
      if (!c.check().accepted()) {
        codeRejected(FORM + ":emailCode", c.check());
        return;
      }
      proven.prove(email);
      show(c.progress().orElseThrow());
    } catch (InvalidValueException e) {
      panel = Panel.EMAIL;
      Feedback.invalid(FORM, e);
    }
  }

  public void choosePassword() {
    try {
      show(signUp.choosePassword(provenEmail(), password, passwordRepeat, familyName, givenName));
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (PasswordRejectedException e) {
      for (PasswordProblem problem : e.problems()) {
        Feedback.error(FORM + ":password", "password." + problem.name());
      }
    } catch (SignUpStepException e) {
      resumeAt(e.expected());
    } finally {
      password = null;
      passwordRepeat = null;
    }
  }

  public void sendSms() {
    sendPhoneCode(false);
  }

  public void callPhone() {
    sendPhoneCode(true);
  }

  private void sendPhoneCode(boolean voice) {
    try {
      Instant resend = signUp.sendPhoneCode(provenEmail(), fullPhone(), voice, locale(), ip());
      panel = Panel.PHONE_CODE;
      Feedback.info(voice ? "signup.callPlaced" : "signup.smsSent", format.dateTime(resend));
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (ResendTooSoonException e) {
      panel = Panel.PHONE_CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    } catch (SignUpStepException e) {
      resumeAt(e.expected());
    }
  }

  public void confirmPhoneCode() {
    try {
      Confirmation c = signUp.confirmPhone(provenEmail(), fullPhone(), phoneCode);
      phoneCode = null;
      if (!c.check().accepted()) {
        codeRejected(FORM + ":phoneCode", c.check());
        return;
      }
      show(c.progress().orElseThrow());
    } catch (InvalidValueException e) {
      panel = Panel.PHONE;
      Feedback.invalid(FORM, e);
    } catch (SignUpStepException e) {
      resumeAt(e.expected());
    }
  }

  public void saveProfile() {
    try {
      show(new SignUpProgress(profiles.save(provenEmail(), profile.input()), prospective, coops));
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (SignUpStepException e) {
      resumeAt(e.expected());
    }
  }

  /** Back to the phone form, to correct the number or choose a call instead. */
  public void changePhone() {
    panel = Panel.PHONE;
  }

  /** Back to the address form, to correct a mistyped address. */
  public void changeEmail() {
    panel = Panel.EMAIL;
  }

  private void codeRejected(String field, CodeCheck check) {
    Feedback.error(field, "code." + check.name());
  }

  private void resumeAt(OnboardingStep step) {
    show(new SignUpProgress(step, prospective, coops));
    Feedback.info("signup.resumed");
  }

  private void show(SignUpProgress progress) {
    prospective = progress.prospective();
    coops = progress.coops();
    panel =
        switch (progress.next()) {
          case EMAIL -> Panel.EMAIL;
          case PASSWORD -> Panel.PASSWORD;
          case PHONE -> Panel.PHONE;
          case PROFILE -> Panel.PROFILE;
          case DONE -> Panel.DONE;
        };
    proven.get().ifPresent(p -> email = p);
    if (panel == Panel.PROFILE) {
      profile = ProfileForm.of(profiles.current(provenEmail()));
    }
  }

  private String provenEmail() {
    return proven.get().orElseThrow(() -> new SignUpStepException(OnboardingStep.EMAIL));
  }

  /** A number typed with its own "+" wins; otherwise the chosen country code applies. */
  private String fullPhone() {
    if (phone == null
        || phone.isBlank()
        || phone.strip().startsWith("+")
        || "81".equals(countryCode)) {
      return phone;
    }
    String national = phone.strip().replaceFirst("^0", "");
    return "+" + countryCode + national;
  }

  private static Locale locale() {
    return Visitor.locale();
  }

  private static String ip() {
    return Visitor.ip();
  }

  /** The steps for the indicator, with this page's position. */
  public int getStepIndex() {
    return switch (panel) {
      case EMAIL, EMAIL_CODE -> 0;
      case PASSWORD -> 1;
      case PHONE, PHONE_CODE -> 2;
      case PROFILE -> 3;
      case DONE -> 4;
    };
  }

  public Panel getPanel() {
    return panel;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    if (proven.get().isEmpty()) {
      this.email = email;
    }
  }

  public String getEmailCode() {
    return emailCode;
  }

  public void setEmailCode(String emailCode) {
    this.emailCode = emailCode;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return passwordRepeat;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPhoneCode() {
    return phoneCode;
  }

  public void setPhoneCode(String phoneCode) {
    this.phoneCode = phoneCode;
  }

  public ProfileForm getProfile() {
    return profile;
  }

  public boolean isProspective() {
    return prospective;
  }

  public List<String> getCoops() {
    return coops;
  }
}
