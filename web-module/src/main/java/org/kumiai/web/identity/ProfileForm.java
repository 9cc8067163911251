package org.kumiai.web.identity;

import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.service.identity.ProfileInput;

/** The fields of the profile form, shared by the last sign-up step and {@code /member/profile}. */
public class ProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String familyKana;
  private String givenKana;
  private String postalCode;
  private String prefecture;
  private String city;
  private String addressLine1;
  private String addressLine2;
  private String phone;

  static ProfileForm of(ProfileInput in) {
    ProfileForm form = new ProfileForm();
    form.familyKana = in.familyKana();
    form.givenKana = in.givenKana();
    form.postalCode = in.postalCode();
    form.prefecture = in.prefecture();
    form.city = in.city();
    form.addressLine1 = in.addressLine1();
    form.addressLine2 = in.addressLine2();
    form.phone = in.phone();
    return form;
  }

  ProfileInput input() {
    return new ProfileInput(
        familyKana, givenKana, postalCode, prefecture, city, addressLine1, addressLine2, phone);
  }

  public List<String> getPrefectures() {
    return PostalAddress.PREFECTURES;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
