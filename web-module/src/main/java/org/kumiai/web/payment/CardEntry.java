package org.kumiai.web.payment;

import java.io.Serializable;

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
