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
import org.kumiai.service.membership.MemberTarget;
import org.kumiai.service.membership.Memberships;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/memberships}: the person's memberships, and adding another by number, date of
 * birth and a code to that membership's registered address.
 */
@Named
@ViewScoped
public class MembershipsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "memberships";

  /** The panels of the add form. */
  public enum Panel {
    FIND,
    CONFIRM,
    CODE
  }

  @Inject private Memberships memberships;
  @Inject private ActiveMembership active;
  @Inject private DisplayFormat format;

  private Panel panel = Panel.FIND;
  private String number;
  private String dateOfBirth;
  private String code;
  private MemberTarget target;

  public void find() {
    try {
      LookupFeedback.shown(memberships.find(number, dateOfBirth, Visitor.ip()), format)
          .ifPresent(
              found -> {
                target = found;
                panel = Panel.CONFIRM;
              });
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    }
  }

  public void sendCode() {
    try {
      Instant resend = memberships.sendCode(target.memberId(), Visitor.locale());
      panel = Panel.CODE;
      Feedback.info("emailchange.sent", target.maskedEmail(), format.dateTime(resend));
    } catch (InvalidValueException e) {
      panel = Panel.FIND;
      Feedback.error(null, "memberships." + e.reason());
    } catch (ResendTooSoonException e) {
      panel = Panel.CODE;
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void confirm() {
    CodeCheck check;
    try {
      check = memberships.confirm(target.memberId(), code, Visitor.ip());
    } catch (InvalidValueException e) {
      Feedback.error(null, "memberships." + e.reason());
      return;
    }
    code = null;
    if (!check.accepted()) {
      Feedback.error(FORM + ":code", "code." + check.name());
      return;
    }
    active.refresh();
    Feedback.info("memberships.added", target.coopName());
    panel = Panel.FIND;
    target = null;
    number = null;
    dateOfBirth = null;
  }

  public void restart() {
    panel = Panel.FIND;
    target = null;
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
}
