package org.kumiai.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.identity.SecondFactor;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.identity.AccountView;
import org.kumiai.service.identity.Accounts;
import org.kumiai.service.identity.FactorsView;
import org.kumiai.service.identity.RecoveryCodesMade;
import org.kumiai.service.identity.SecondFactors;
import org.kumiai.service.identity.TotpEnrolment;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /account}: the signed-in account's second factors and sessions. Open to every role, since
 * staff and guardians have factors too.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "account";

  @Inject private Accounts accounts;
  @Inject private SecondFactors factors;
  @Inject private SignedInSessions sessions;
  @Inject private DisplayFormat format;

  private AccountView account;
  private FactorsView view;
  private TotpEnrolment enrolment;
  private String enrolmentQr;
  private List<String> recoveryCodes = List.of();

  /** What the proof of another factor being asked for is for, if one is asked for. */
  public enum Proof {
    REMOVE_TOTP,
    RECOVERY_CODES
  }

  private Proof proving;
  private String code;
  private SecondFactor defaultFactor;

  @PostConstruct
  void load() {
    account = accounts.view(Visitor.email()).orElseThrow();
    refresh();
  }

  private void refresh() {
    view = factors.view(Visitor.email());
    defaultFactor = view.defaultFactor();
  }

  public void startTotp() {
    enrolment = factors.startTotp(Visitor.email());
    enrolmentQr = QrCode.svgDataUri(enrolment.uri());
    recoveryCodes = List.of();
  }

  public void confirmTotp() {
    if (enrolment == null) {
      return;
    }
    List<String> made = factors.confirmTotp(Visitor.email(), enrolment, code, Visitor.ip());
    code = null;
    if (made == null) {
      Feedback.error(FORM + ":totp", "code.WRONG");
      return;
    }
    enrolment = null;
    enrolmentQr = null;
    recoveryCodes = made;
    refresh();
    Feedback.info("account.totp.added");
  }

  public void cancelTotp() {
    enrolment = null;
    enrolmentQr = null;
  }

  public void startRecoveryCodes() {
    proving = Proof.RECOVERY_CODES;
    recoveryCodes = List.of();
  }

  public void newRecoveryCodes() {
    RecoveryCodesMade made = factors.newRecoveryCodes(Visitor.email(), code, Visitor.ip());
    code = null;
    if (!made.check().accepted()) {
      Feedback.error(FORM + ":proof", "code." + made.check().name());
      return;
    }
    proving = null;
    recoveryCodes = made.codes();
    refresh();
    Feedback.info("account.recovery.made");
  }

  public void cancelProof() {
    proving = null;
    code = null;
  }

  public void chooseDefault() {
    try {
      factors.chooseDefault(Visitor.email(), defaultFactor, Visitor.ip());
      refresh();
      Feedback.info("account.default.saved");
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    }
  }

  public void startRemoval() {
    proving = Proof.REMOVE_TOTP;
  }

  public void sendProof() {
    try {
      factors.sendProofCode(Visitor.email(), false, Visitor.locale(), Visitor.ip());
      Feedback.info("signin.texted", view.maskedPhone());
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "code.resendAt", format.dateTime(e.retryAt()));
    }
  }

  public void removeTotp() {
    CodeCheck check = factors.removeTotp(Visitor.email(), code, Visitor.ip());
    code = null;
    if (!check.accepted()) {
      Feedback.error(FORM + ":proof", "code." + check.name());
      return;
    }
    proving = null;
    refresh();
    Feedback.info("account.totp.removed");
  }

  public void endAllSessions() throws IOException, ServletException {
    accounts.endAllSessions(Visitor.email(), Visitor.ip());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Visitor.request().logout();
    sessions.end(Visitor.request().getSession(), "ended from the account page", Visitor.ip());
    external.redirect(external.getRequestContextPath() + "/signin?ended=true");
  }

  public AccountView getAccount() {
    return account;
  }

  public FactorsView getView() {
    return view;
  }

  public List<SecondFactor> getFactorChoices() {
    return view.factors().stream().sorted().toList();
  }

  public TotpEnrolment getEnrolment() {
    return enrolment;
  }

  public String getEnrolmentQr() {
    return enrolmentQr;
  }

  /** The key in groups of four, as apps that take it typed show it. */
  public String getEnrolmentSecret() {
    return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public Proof getProving() {
    return proving;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public SecondFactor getDefaultFactor() {
    return defaultFactor;
  }

  public void setDefaultFactor(SecondFactor defaultFactor) {
    this.defaultFactor = defaultFactor;
  }
}
