package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Katakana;
import org.kumiai.domain.shared.TypedText;

/**
 * A member's name in kanji (as written) and katakana (as read, for sorting and the counter).
 * Half-width katakana are widened by NFKC; hiragana or Latin letters are refused in the kana.
 */
@Embeddable
public class PersonName {

  static final int MAX_LENGTH = 50;

  @Column(name = "family_name", nullable = false, length = MAX_LENGTH)
  private String family;

  @Column(name = "given_name", nullable = false, length = MAX_LENGTH)
  private String given;

  @Column(name = "family_kana", nullable = false, length = MAX_LENGTH)
  private String familyKana;

  @Column(name = "given_kana", nullable = false, length = MAX_LENGTH)
  private String givenKana;

  protected PersonName() {}

  public PersonName(String family, String given, String familyKana, String givenKana) {
    this.family = text("familyName", family);
    this.given = text("givenName", given);
    this.familyKana = Katakana.parse("familyKana", familyKana);
    this.givenKana = Katakana.parse("givenKana", givenKana);
  }

  /** Checks every part, so a form can name all the invalid ones at once. */
  public static void check(String family, String given, String familyKana, String givenKana) {
    InvalidValuesException.check(
        () -> text("familyName", family),
        () -> text("givenName", given),
        () -> Katakana.parse("familyKana", familyKana),
        () -> Katakana.parse("givenKana", givenKana));
  }

  private static String text(String field, String value) {
    String normalised = TypedText.required(field, value, MAX_LENGTH);
    if (normalised.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
      throw new InvalidValueException(field, "MALFORMED");
    }
    return normalised;
  }

  public String family() {
    return family;
  }

  public String given() {
    return given;
  }

  public String familyKana() {
    return familyKana;
  }

  public String givenKana() {
    return givenKana;
  }

  /** 岡田 太郎: family name first, as Japanese is written. */
  public String full() {
    return family + " " + given;
  }

  /**
   * 岡*太*: the first character of each name, the rest hidden — enough for a member to recognise
   * their record, not enough to learn a stranger's name by trying numbers.
   */
  public String masked() {
    return mask(family) + mask(given);
  }

  private static String mask(String name) {
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  public String fullKana() {
    return familyKana + " " + givenKana;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonName other
        && family.equals(other.family)
        && given.equals(other.given)
        && familyKana.equals(other.familyKana)
        && givenKana.equals(other.givenKana);
  }

  @Override
  public int hashCode() {
    return Objects.hash(family, given, familyKana, givenKana);
  }
}
