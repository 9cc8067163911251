package org.kumiai.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as members type it on a Japanese keyboard: full-width characters are folded by
 * NFKC and the whole address is lower-cased, so one mailbox is stored one way. Only the common
 * dot-atom form is accepted: quoted local parts and non-ASCII addresses are legal but rarely
 * delivered end to end, and refusing them keeps the stored value safe to display and to hand on.
 */
@Embeddable
public class EmailAddress {

  static final int MAX_LENGTH = 254;
  static final int MAX_LOCAL_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  // Far above any real address: longer input is refused before normalising or matching touches it.
  private static final int MAX_RAW_LENGTH = 1024;
  private static final String FIELD = "email";

  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
  private static final Pattern LOCAL_PART = Pattern.compile(ATEXT + "+(?:\\." + ATEXT + "+)*");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
  private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,}");

  @Column(name = "email", length = MAX_LENGTH)
  private String value;

  protected EmailAddress() {}

  private EmailAddress(String value) {
    this.value = value;
  }

  public static EmailAddress parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw invalid("EMPTY");
    }
    if (typed.length() > MAX_RAW_LENGTH) {
      throw invalid("TOO_LONG");
    }
    // Only spaces are trimmed: a trailing newline or tab is how header injection starts, so it is
    // refused rather than silently dropped.
    String address = stripSpaces(Normalizer.normalize(typed, Normalizer.Form.NFKC));
    if (address.isEmpty()) {
      throw invalid("EMPTY");
    }
    if (address.length() > MAX_LENGTH) {
      throw invalid("TOO_LONG");
    }
    // Printable ASCII only: this also refuses whitespace, control characters and anything NFKC
    // could not fold, before the patterns see the text.
    if (address.chars().anyMatch(c -> c < '!' || c > '~')) {
      throw invalid("MALFORMED");
    }
    int at = address.indexOf('@');
    if (at < 0 || at != address.lastIndexOf('@')) {
      throw invalid("MALFORMED");
    }
    String local = address.substring(0, at);
    if (local.length() > MAX_LOCAL_LENGTH) {
      throw invalid("TOO_LONG");
    }
    if (!LOCAL_PART.matcher(local).matches() || !isHostName(address.substring(at + 1))) {
      throw invalid("MALFORMED");
    }
    return new EmailAddress(address.toLowerCase(Locale.ROOT));
  }

  private static String stripSpaces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isHostName(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.length() > MAX_LABEL_LENGTH || !LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
  }

  private static InvalidValueException invalid(String reason) {
    return new InvalidValueException(FIELD, reason);
  }

  public String value() {
    return value;
  }

  public String localPart() {
    return value.substring(0, value.lastIndexOf('@'));
  }

  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  /**
   * Enough for a member to recognise their own address on screen or in a support call. Short local
   * parts keep a single character so at least one is always hidden.
   */
  public String masked() {
    String local = localPart();
    int shown = local.length() > 3 ? 3 : 1;
    return local.substring(0, shown) + "*".repeat(local.length() - shown) + "@" + domain();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, so that logging a value object never writes a member's address to the logs. */
  @Override
  public String toString() {
    return masked();
  }
}
