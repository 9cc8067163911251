package org.kumiai.web.membership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.membership.EmailChanges;
import org.kumiai.service.membership.MemberTarget;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /email-change}: the steps of seed 002 §2 — 個人情報入力, 登録内容確認, パスコード確認, メールアドレス変更, パスコード確認,
 * 登録完了. The membership found and the proof of the current address live in this view's server-side
 * state only.
 */
@Named
@ViewScoped
public class EmailChangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "change";

  /** The panels of this page, in the order of the step indicator. */
  public enum Panel {
    PERSONAL,
    CONFIRM,
    CURRENT_CODE,
    NEW_EMAIL,
    NEW_CODE,
    DONE
  }

  @Inject private EmailChanges changes;
  @Inject private DisplayFormat format;

  private Panel panel = Panel.PERSONAL;
  private String number;
  private String dateOfBirth;
  private MemberTarget target;
  private boolean currentProven;
  private String code;
  private String newEmail;
  private String newEmailRepeat;

  public void find() {
    try {
      LookupFeedback.shown(changes.find(number, dateOfBirth, Visitor.ip()), format)
          .ifPresent(
              found -> {
                target = found;
                panel = Panel.CONFIRM;
              });
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    }
  }

  /** 登録内容確認 → a passcode to the current address, or straight on when there is none. */
  public void confirmRecord() {
    if (target == null) {
      panel = Panel.PERSONAL;
      return;
    }
    if (!target.hasEmail()) {
      currentProven = true;
      panel = Panel.NEW_EMAIL;
      return;
    }
    sendCurrentCode();
  }

  public void sendCurrentCode() {
    try {
      Instant resend = changes.sendCurrentCode(target.memberId(), Visitor.locale(), Visitor.ip());
      panel = Panel.CURRENT_CODE;
      Feedback.info("emailchange.sent", target.maskedEmail(), format.dateTime(resend));
    } catch (ResendTooSoonException e) {
      panel = Panel.CURRENT_CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void confirmCurrent() {
    try {
      CodeCheck check = changes.confirmCurrent(target.memberId(), code, Visitor.ip());
      code = null;
      if (!check.accepted()) {
        Feedback.error(FORM + ":code", "code." + check.name());
        return;
      }
      currentProven = true;
      panel = Panel.NEW_EMAIL;
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    }
  }

  public void sendNewCode() {
    if (!currentProven) {
      panel = target == null ? Panel.PERSONAL : Panel.CONFIRM;
      return;
    }
    try {
      Instant resend =
          changes.sendNewCode(
              target.memberId(), newEmail, newEmailRepeat, Visitor.locale(), Visitor.ip());
      panel = Panel.NEW_CODE;
      Feedback.info("emailchange.sentNew", newEmail, format.dateTime(resend));
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (ResendTooSoonException e) {
      panel = Panel.NEW_CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void confirmNew() {
    if (!currentProven) {
      panel = target == null ? Panel.PERSONAL : Panel.CONFIRM;
      return;
    }
    try {
      CodeCheck check =
          changes.confirmNew(target.memberId(), newEmail, code, Visitor.locale(), Visitor.ip());
      code = null;
      if (!check.accepted()) {
        Feedback.error(FORM + ":newCode", "code." + check.name());
        return;
      }
      panel = Panel.DONE;
    } catch (InvalidValueException e) {
      panel = Panel.NEW_EMAIL;
      Feedback.invalid(FORM, e);
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    }
  }

  /** 入力内容を訂正する: back to the number and date of birth. */
  public void restart() {
    panel = Panel.PERSONAL;
    target = null;
    currentProven = false;
  }

  /** Back to the new address, to correct it. */
  public void changeNewEmail() {
    panel = currentProven ? Panel.NEW_EMAIL : Panel.PERSONAL;
  }

  public int getStepIndex() {
    return panel.ordinal();
  }

  public Panel getPanel() {
    return panel;
  }

  public MemberTarget getTarget() {
    return target;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewEmailRepeat() {
    return newEmailRepeat;
  }

  public void setNewEmailRepeat(String newEmailRepeat) {
    this.newEmailRepeat = newEmailRepeat;
  }
}
