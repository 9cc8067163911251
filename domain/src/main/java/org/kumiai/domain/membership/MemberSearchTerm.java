package org.kumiai.domain.membership;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;

/**
 * What staff type in the one search box at the counter, read every way it could be meant: a
 * membership number, a name or its reading, an address or a phone number. Typing is forgiving as
 * people type on a Japanese keyboard: full-width letters and digits, half-width kana (NFKC widens
 * them), hiragana for a reading (turned into katakana, as readings are stored), hyphens and spaces
 * between digit groups.
 *
 * <p>Two kinds of term are answered from an index, so they stay fast over a large co-op: a complete
 * number or email address is that member and no other, and a term all in kana is a reading matched
 * from its start (前方一致) — the family name's or the given name's (which also finds a name written in
 * kana, ひなた), or the family and given names' when typed with a space between them (オカダ タロウ).
 */
public final class MemberSearchTerm {

  /** Long enough for any address or name; a longer paste is cut rather than refused. */
  static final int MAX_LENGTH = 100;

  /** Fewer digits than this match too many phone numbers by accident to be worth searching. */
  static final int MIN_PHONE_DIGITS = 4;

  private final String text;
  private final MembershipNumber number;
  private final String digits;
  private final String kana;
  private final List<String> kanaParts;
  private final EmailAddress email;

  private MemberSearchTerm(
      String text,
      MembershipNumber number,
      String digits,
      String kana,
      List<String> kanaParts,
      EmailAddress email) {
    this.text = text;
    this.number = number;
    this.digits = digits;
    this.kana = kana;
    this.kanaParts = kanaParts;
    this.email = email;
  }

  public static MemberSearchTerm of(String typed) {
    String raw = typed == null ? "" : typed;
    if (raw.length() > MAX_LENGTH * 4) {
      raw = raw.substring(0, MAX_LENGTH * 4);
    }
    // Control characters are nobody's name or number (and PostgreSQL refuses U+0000 in a LIKE).
    String nfkc =
        Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\p{Cntrl}", "").strip();
    // Spaces between family and given name are how names are typed but not how they are compared.
    String text = nfkc.replaceAll("[\\s\u3000]+", "");
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
    }
    // A lone hyphen is not a number: without a digit it would match every number.
    String digits =
        text.matches(
                "[+]?[0-9\\-\u2010-\u2015\u2212\u30fc()]*[0-9][0-9\\-\u2010-\u2015\u2212\u30fc()]*")
            ? text.replaceAll("[^0-9]", "")
            : null;
    String kana = katakana(text);
    List<String> parts =
        kana == null
            ? List.of()
            : Arrays.stream(nfkc.split("[\\s\u3000]+")).map(MemberSearchTerm::katakana).toList();
    return new MemberSearchTerm(
        text.toLowerCase(Locale.ROOT), number(digits), digits, kana, parts, email(text));
  }

  /** A complete address, with a dot in its domain; anything less is searched as text. */
  private static EmailAddress email(String text) {
    if (text.indexOf('@') < 0) {
      return null;
    }
    try {
      return EmailAddress.parse(text);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private static MembershipNumber number(String digits) {
    if (digits == null || digits.length() != 12) {
      return null;
    }
    try {
      return MembershipNumber.parse(digits);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /** The reading in katakana, or null when the term is not all kana. */
  private static String katakana(String text) {
    if (text.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '\u3041' && c <= '\u3096') {
        out.append((char) (c + 0x60)); // hiragana to the katakana at the same place
      } else if ((c >= '\u30a1' && c <= '\u30fa') || c == '\u30fc' || c == '\u30fb') {
        out.append(c);
      } else {
        return null;
      }
    }
    return out.toString();
  }

  /** Nothing typed: every member in scope is listed. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The typed text, normalised, without spaces and lower-cased: for names and addresses. */
  public String text() {
    return text;
  }

  /** A complete, valid membership number: that member and no other is the answer. */
  public Optional<MembershipNumber> number() {
    return Optional.ofNullable(number);
  }

  /** Only digits (and separators) were typed: part of a number or of a phone number. */
  public Optional<String> digits() {
    return Optional.ofNullable(digits);
  }

  /**
   * The digits as they appear inside a stored E.164 phone number (+8190…): a Japanese trunk 0 is
   * dropped, since 090-1234 is stored as +81901234….
   */
  public Optional<String> phoneDigits() {
    if (digits == null || digits.length() < MIN_PHONE_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(digits.startsWith("0") ? digits.substring(1) : digits);
  }

  /** The term as a katakana reading, when it is all kana in any width or script. */
  public Optional<String> kana() {
    return Optional.ofNullable(kana);
  }

  /**
   * The reading as typed in parts: one part (the start of a family or given name's reading), two
   * when a space separates family and given name (the whole family reading, the start of the given
   * one), more when it is not a name. Empty when the term is not all kana.
   */
  public List<String> kanaParts() {
    return kanaParts;
  }

  /** A complete, valid email address: the members registered with it are the answer. */
  public Optional<EmailAddress> email() {
    return Optional.ofNullable(email);
  }

  /** Whether the term could be part of an email address, which is printable ASCII only. */
  public boolean isAscii() {
    return text.chars().allMatch(c -> c > ' ' && c <= '~');
  }
}
