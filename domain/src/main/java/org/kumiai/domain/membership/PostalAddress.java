package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;

/** A Japanese postal address: 〒 7 digits, one of the 47 prefectures, city, lines. */
@Embeddable
public class PostalAddress {

  /** The 47 prefectures in their official order (JIS X 0401). */
  public static final List<String> PREFECTURES =
      List.of(
          "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都",
          "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県",
          "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県",
          "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

  private static final int MAX_LINE = 100;

  @Column(name = "postal_code", length = 7)
  private String postalCode;

  @Column(name = "prefecture", length = 4)
  private String prefecture;

  @Column(name = "city", length = MAX_LINE)
  private String city;

  @Column(name = "address_line1", length = MAX_LINE)
  private String line1;

  @Column(name = "address_line2", length = MAX_LINE)
  private String line2;

  protected PostalAddress() {}

  /** Full-width digits and a hyphen in the postal code are accepted; line 2 is optional. */
  public PostalAddress(
      String postalCode, String prefecture, String city, String line1, String line2) {
    this.postalCode = postalCode(postalCode);
    this.prefecture = prefecture(prefecture);
    this.city = line("city", city, true);
    this.line1 = line("addressLine1", line1, true);
    this.line2 = line("addressLine2", line2, false);
  }

  /** Checks every field, so a form can name all the invalid ones at once. */
  public static void check(
      String postalCode, String prefecture, String city, String line1, String line2) {
    InvalidValuesException.check(
        () -> postalCode(postalCode),
        () -> prefecture(prefecture),
        () -> line("city", city, true),
        () -> line("addressLine1", line1, true),
        () -> line("addressLine2", line2, false));
  }

  private static String prefecture(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidValueException("prefecture", "NOT_CHOSEN");
    }
    if (!PREFECTURES.contains(typed)) {
      throw new InvalidValueException("prefecture", "UNKNOWN");
    }
    return typed;
  }

  private static String postalCode(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidValueException("postalCode", "EMPTY");
    }
    if (typed.length() > 16) {
      throw new InvalidValueException("postalCode", "TOO_LONG");
    }
    String digits =
        Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("[-ー−‐〒\\s]", "");
    if (!digits.matches("\\d{7}")) {
      throw new InvalidValueException("postalCode", "MALFORMED");
    }
    return digits;
  }

  private static String line(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidValueException(field, "EMPTY");
      }
      return null;
    }
    if (value.length() > MAX_LINE * 4) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    if (normalised.codePointCount(0, normalised.length()) > MAX_LINE) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    if (normalised.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(field, "MALFORMED");
    }
    return normalised;
  }

  public String postalCode() {
    return postalCode;
  }

  /** 〒980-8577 style. */
  public String formattedPostalCode() {
    return postalCode.substring(0, 3) + "-" + postalCode.substring(3);
  }

  public String prefecture() {
    return prefecture;
  }

  public String city() {
    return city;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostalAddress other
        && postalCode.equals(other.postalCode)
        && prefecture.equals(other.prefecture)
        && city.equals(other.city)
        && line1.equals(other.line1)
        && Objects.equals(line2, other.line2);
  }

  @Override
  public int hashCode() {
    return Objects.hash(postalCode, prefecture, city, line1, line2);
  }
}
