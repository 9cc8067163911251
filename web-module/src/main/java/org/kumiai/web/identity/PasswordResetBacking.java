package org.kumiai.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kumiai.domain.identity.PasswordProblem;
import org.kumiai.domain.identity.PasswordRejectedException;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.identity.PasswordReset;
import org.kumiai.service.identity.ResetStep;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /password}: email, then the mailed code with a new password. Says the same whether or not
 * the address has an account.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "reset";

  /** The panels of this page, in order. */
  public enum Panel {
    EMAIL,
    CODE,
    DONE
  }

  @Inject private PasswordReset reset;
  @Inject private DisplayFormat format;

  private Panel panel = Panel.EMAIL;
  private String email;
  private String code;
  private String password;
  private String passwordRepeat;

  public void ask() {
    try {
      ResetStep step = reset.ask(email, Visitor.locale(), Visitor.ip());
      if (step.outcome() == ResetStep.Outcome.LIMITED) {
        Feedback.error(null, "signin.limited", format.dateTime(step.at().orElseThrow()));
        return;
      }
      panel = Panel.CODE;
      Feedback.info("reset.sent", email);
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (ResendTooSoonException e) {
      panel = Panel.CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void finish() {
    try {
      ResetStep step =
          reset.finish(email, code, password, passwordRepeat, Visitor.locale(), Visitor.ip());
      switch (step.outcome()) {
        case DONE -> panel = Panel.DONE;
        case REJECTED ->
            Feedback.error(FORM + ":code", "code." + step.check().orElseThrow().name());
        case LIMITED ->
            Feedback.error(null, "signin.limited", format.dateTime(step.at().orElseThrow()));
        case SENT -> panel = Panel.CODE;
      }
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (PasswordRejectedException e) {
      for (PasswordProblem problem : e.problems()) {
        Feedback.error(FORM + ":password", "password." + problem.name());
      }
    } finally {
      password = null;
      passwordRepeat = null;
    }
  }

  public void changeEmail() {
    panel = Panel.EMAIL;
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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
}
