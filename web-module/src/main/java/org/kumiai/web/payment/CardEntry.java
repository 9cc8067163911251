package org.kumiai.web.payment;

import java.io.Serializable;
import org.kumiai.web.shell.Feedback;

/**
 * The card fields as typed on a payment page (WEB-INF/includes/card-fields.xhtml). They go to the
 * service as they are, which checks them; the number and security code are forgotten after each
 * attempt so they never stay in the session.
 */
public class CardEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private String number;
  private String expiry;
  private String code;
  private String birthday;

  /**
   * Shows why the card company declined, in the member's words: the reasons we know by name, any
   * other (card acquirers add codes) as a plain decline.
   */
  public static void declined(String reason) {
    Feedback.error(null, Feedback.firstKey("join.declined." + reason, "join.declined.OTHER"));
  }

  /** After an attempt, paid or not. */
  public void forgetSecrets() {
    number = null;
    code = null;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getExpiry() {
    return expiry;
  }

  public void setExpiry(String expiry) {
    this.expiry = expiry;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getBirthday() {
    return birthday;
  }

  public void setBirthday(String birthday) {
    this.birthday = birthday;
  }
}
