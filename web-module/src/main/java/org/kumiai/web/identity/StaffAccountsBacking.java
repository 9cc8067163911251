package org.kumiai.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.identity.StaffAccountView;
import org.kumiai.service.identity.StaffAccounts;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /admin/accounts}: the staff and admin accounts, a form that invites a new one, and the
 * co-ops of a staff account changed in place.
 */
@Named
@ViewScoped
public class StaffAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "accounts";
  private static final String EDIT_FORM = "coops";

  @Inject private StaffAccounts staff;
  @Inject private StoreDirectory directory;

  private List<StaffAccountView> accounts;
  private List<CoopView> coopChoices;

  private String email;
  private String familyName;
  private String givenName;
  private Role role = Role.STAFF;
  private List<String> coops = new ArrayList<>();

  private String editing;
  private List<String> editCoops = new ArrayList<>();

  @PostConstruct
  void load() {
    accounts = staff.list();
    coopChoices = directory.coops();
  }

  public void create() {
    try {
      StaffAccountView created =
          staff.create(
              email, familyName, givenName, role, new LinkedHashSet<>(coops), locale(), ip());
      Feedback.info("admin.accounts.created", created.email());
      email = null;
      familyName = null;
      givenName = null;
      role = Role.STAFF;
      coops = new ArrayList<>();
      accounts = staff.list();
    } catch (InvalidValueException e) {
      refused(FORM, e);
    }
  }

  public void edit(String account) {
    editing = account;
    editCoops =
        accounts.stream()
            .filter(a -> a.email().equals(account))
            .findFirst()
            .map(a -> new ArrayList<>(a.coops()))
            .orElseGet(ArrayList::new);
  }

  public void saveCoops() {
    try {
      staff.changeCoops(editing, new LinkedHashSet<>(editCoops), ip());
      Feedback.info("admin.accounts.coopsChanged", editing);
      editing = null;
      accounts = staff.list();
    } catch (InvalidValueException e) {
      refused(EDIT_FORM, e);
    }
  }

  /** Takes the back office from someone who left the staff; the list shows them no more. */
  public void revoke(String account) {
    try {
      staff.revoke(account, ip());
      Feedback.info("admin.accounts.revoked", account);
    } catch (InvalidValueException e) {
      Feedback.error(null, "admin.accounts.revoke." + e.reason(), account);
    }
    editing = null;
    accounts = staff.list();
  }

  /** "Enter the co-ops" reads wrong for check boxes: an empty choice has its own sentence. */
  private static void refused(String form, InvalidValueException e) {
    if ("coops".equals(e.field()) && "EMPTY".equals(e.reason())) {
      Feedback.error(form + ":coops", "admin.accounts.coopsRequired");
    } else {
      Feedback.invalid(form, e);
    }
  }

  public void cancelEdit() {
    editing = null;
  }

  /** A co-op's name in the page's language, for the codes the list holds. */
  public CoopView coop(String code) {
    return coopChoices.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
  }

  public Role[] getRoles() {
    return new Role[] {Role.STAFF, Role.ADMIN};
  }

  private static String ip() {
    return Visitor.ip();
  }

  private static java.util.Locale locale() {
    return Visitor.locale();
  }

  public List<StaffAccountView> getAccounts() {
    return accounts;
  }

  public List<CoopView> getCoopChoices() {
    return coopChoices;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<String> getCoops() {
    return coops;
  }

  public void setCoops(List<String> coops) {
    this.coops = coops == null ? new ArrayList<>() : coops;
  }

  public String getEditing() {
    return editing;
  }

  public List<String> getEditCoops() {
    return editCoops;
  }

  public void setEditCoops(List<String> editCoops) {
    this.editCoops = editCoops == null ? new ArrayList<>() : editCoops;
  }
}
