package org.kumiai.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A name or sentence kept in Japanese and English; Japanese is the fallback. */
@Embeddable
public class LocalizedText {

  @Column(name = "ja", nullable = false)
  private String ja;

  @Column(name = "en")
  private String en;

  protected LocalizedText() {}

  public LocalizedText(String ja, String en) {
    this.ja = Objects.requireNonNull(ja, "ja");
    if (ja.isBlank()) {
      throw new IllegalArgumentException("Japanese text is required");
    }
    this.en = en == null || en.isBlank() ? null : en;
  }

  public String in(Locale locale) {
    if (en != null && locale != null && "en".equals(locale.getLanguage())) {
      return en;
    }
    return ja;
  }

  public String ja() {
    return ja;
  }

  public String en() {
    return en == null ? ja : en;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && ja.equals(other.ja) && Objects.equals(en, other.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ja, en);
  }

  @Override
  public String toString() {
    return ja;
  }
}
