package org.kumiai.domain.identity;

import static org.kumiai.domain.identity.PasswordProblem.CONTAINS_EMAIL;
import static org.kumiai.domain.identity.PasswordProblem.TOO_COMMON;
import static org.kumiai.domain.identity.PasswordProblem.TOO_FEW_KINDS;
import static org.kumiai.domain.identity.PasswordProblem.TOO_LONG;
import static org.kumiai.domain.identity.PasswordProblem.TOO_SHORT;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The co-op's password rules, after NIST SP 800-63B: length is counted in code points once NFKC has
 * folded full-width and compatibility forms, nothing is ever truncated, and breached passwords are
 * refused. On top of that the co-op keeps its rule that a password mixes {@code requiredKinds} of
 * four kinds: lower case, upper case, digits and symbols.
 */
public record PasswordPolicy(int requiredKinds) {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 64;

  /**
   * No real password shrinks to a quarter of its length under NFKC, so longer input is refused
   * before the normaliser has to walk megabytes sent by a client.
   */
  static final int MAX_RAW_CHARS = 4 * MAX_LENGTH;

  /** Shorter local parts, like "ab", occur inside too many good passwords to be worth refusing. */
  static final int MIN_LOCAL_PART = 3;

  public static final PasswordPolicy DEFAULT = new PasswordPolicy(3);

  public PasswordPolicy {
    if (requiredKinds < 1 || requiredKinds > 4) {
      throw new IllegalArgumentException("requiredKinds must be 1 to 4, was " + requiredKinds);
    }
  }

  /**
   * The form whose hash is stored. Sign-in must pass what was typed through here too, or a member
   * who registered with a full-width keyboard could not sign in with a half-width one.
   */
  public static String normalise(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  /** Every rule the password breaks, in a stable order; empty when it is acceptable. */
  public List<PasswordProblem> problems(String password, String email) {
    if (password == null) {
      return List.of(TOO_SHORT);
    }
    if (password.length() > MAX_RAW_CHARS) {
      return List.of(TOO_LONG);
    }
    String normalised = normalise(password);
    List<PasswordProblem> found = new ArrayList<>();
    int length = normalised.codePointCount(0, normalised.length());
    if (length < MIN_LENGTH) {
      found.add(TOO_SHORT);
    } else if (length > MAX_LENGTH) {
      found.add(TOO_LONG);
    }
    if (kinds(normalised) < requiredKinds) {
      found.add(TOO_FEW_KINDS);
    }
    if (containsEmail(normalised, email)) {
      found.add(CONTAINS_EMAIL);
    }
    if (CommonPasswords.contains(normalised)) {
      found.add(TOO_COMMON);
    }
    return List.copyOf(found);
  }

  private static int kinds(String normalised) {
    return Integer.bitCount(
        normalised.codePoints().map(PasswordPolicy::kindBit).reduce(0, (a, b) -> a | b));
  }

  /** Anything but letters, digits and spaces is a symbol, so kana and kanji add a kind. */
  private static int kindBit(int codePoint) {
    if (Character.isLowerCase(codePoint)) {
      return 1;
    }
    if (Character.isUpperCase(codePoint)) {
      return 2;
    }
    if (Character.isDigit(codePoint)) {
      return 4;
    }
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return 0;
    }
    return 8;
  }

  private static boolean containsEmail(String normalised, String email) {
    if (email == null || email.isBlank()) {
      return false;
    }
    String password = normalised.toLowerCase(Locale.ROOT);
    String address = normalise(email.strip()).toLowerCase(Locale.ROOT);
    if (password.contains(address)) {
      return true;
    }
    int at = address.lastIndexOf('@');
    String local = at < 0 ? address : address.substring(0, at);
    return local.codePointCount(0, local.length()) >= MIN_LOCAL_PART && password.contains(local);
  }
}
