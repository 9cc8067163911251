package org.kumiai.web.membership;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.membership.MemberDetail;
import org.kumiai.service.membership.MemberDirectory;
import org.kumiai.service.membership.MemberEdits;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/member?id=}: one member of the staff member's co-ops, a tab per context (profile,
 * other memberships, portal account, history; wallet and meal plan tabs come with their contexts),
 * and the corrections staff make at the counter, each with its reason. A member of another co-op,
 * or an id that is no member, answers the not-found page.
 */
@Named
@ViewScoped
public class StaffMemberBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABS = "tabs:";
  // The tab views's indexes, for the tab an edit shows again.
  private static final int PROFILE_TAB = 0;
  private static final int ACCOUNT_TAB = 2;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @Inject private MemberDirectory directory;
  @Inject private MemberEdits edits;

  private String id;
  private long memberId;
  private MemberDetail detail;
  private int activeTab;

  private String phone;
  private String phoneReason;
  private String postalCode;
  private String prefecture;
  private String city;
  private String addressLine1;
  private String addressLine2;
  private String addressReason;
  private String familyName;
  private String givenName;
  private String familyKana;
  private String givenKana;
  private String nameReason;
  private String email;
  private String emailReason;
  private String signInReason;

  /** f:viewAction: anything but the id of a member in the caller's co-ops is a missing page. */
  public void load() throws IOException {
    try {
      memberId = Long.parseLong(id == null ? "" : id.strip());
      refresh();
    } catch (NumberFormatException | MemberNotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "Not found");
      faces.responseComplete();
    }
  }

  /** Reads the member again and puts the current values back into the forms. */
  private void refresh() {
    detail = directory.member(memberId);
    MemberDetail.Profile p = detail.profile();
    phone = detail.member().phone();
    postalCode = p.postalCode();
    prefecture = p.prefecture();
    city = p.city();
    addressLine1 = p.addressLine1();
    addressLine2 = p.addressLine2();
    familyName = p.familyName();
    givenName = p.givenName();
    familyKana = p.familyKana();
    givenKana = p.givenKana();
    email = detail.member().email();
    phoneReason = null;
    addressReason = null;
    nameReason = null;
    emailReason = null;
    signInReason = null;
  }

  public void savePhone() {
    edit("phoneEdit", () -> edits.editPhone(memberId, phone, phoneReason, Visitor.ip()));
  }

  public void saveAddress() {
    edit(
        "addressEdit",
        () ->
            edits.editAddress(
                memberId,
                postalCode,
                prefecture,
                city,
                addressLine1,
                addressLine2,
                addressReason,
                Visitor.ip()));
  }

  public void saveName() {
    edit(
        "nameEdit",
        () ->
            edits.editName(
                memberId, familyName, givenName, familyKana, givenKana, nameReason, Visitor.ip()));
  }

  public void saveEmail() {
    edit("emailEdit", () -> edits.editEmail(memberId, email, emailReason, Visitor.ip()));
  }

  /** Takes the membership from the sign-in holding it, on the account tab. */
  public void removeSignIn() {
    activeTab = ACCOUNT_TAB;
    try {
      edits.removeSignIn(memberId, signInReason, Visitor.ip());
      refresh();
      Feedback.info("staffMember.signIn.removed");
    } catch (InvalidValueException e) {
      if ("account".equals(e.field())) {
        // NONE: taken off in another tab meanwhile, and the page now shows who holds it.
        refresh();
        Feedback.error(null, "staffMember.signIn." + e.reason());
      } else {
        Feedback.invalid(TABS + "signInRemoval", e);
      }
    }
  }

  /** One edit: saved and shown again, or every wrong field marked with what was typed kept. */
  private void edit(String form, Runnable save) {
    activeTab = PROFILE_TAB;
    try {
      save.run();
      refresh();
      Feedback.info("staffMember.saved");
    } catch (InvalidValuesException e) {
      Feedback.invalid(TABS + form, e);
    } catch (InvalidValueException e) {
      Feedback.invalid(TABS + form, e);
    }
  }

  /** The year and the seconds too: a history row is evidence, read in Japan time. */
  public String when(Instant instant) {
    return WHEN.format(instant.atZone(CoopTime.ZONE));
  }

  public MemberDetail getDetail() {
    return detail;
  }

  public List<String> getPrefectures() {
    return PostalAddress.PREFECTURES;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getActiveTab() {
    return activeTab;
  }

  /** The member shown, once the view action has read the id; 0 before. */
  public long getMemberId() {
    return memberId;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPhoneReason() {
    return phoneReason;
  }

  public void setPhoneReason(String phoneReason) {
    this.phoneReason = phoneReason;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getAddressReason() {
    return addressReason;
  }

  public void setAddressReason(String addressReason) {
    this.addressReason = addressReason;
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

  public String getFamilyKana() {
    return familyKana;
  }

  public void setFamilyKana(String familyKana) {
    this.familyKana = familyKana;
  }

  public String getGivenKana() {
    return givenKana;
  }

  public void setGivenKana(String givenKana) {
    this.givenKana = givenKana;
  }

  public String getNameReason() {
    return nameReason;
  }

  public void setNameReason(String nameReason) {
    this.nameReason = nameReason;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getEmailReason() {
    return emailReason;
  }

  public void setEmailReason(String emailReason) {
    this.emailReason = emailReason;
  }

  public String getSignInReason() {
    return signInReason;
  }

  public void setSignInReason(String signInReason) {
    this.signInReason = signInReason;
  }
}
