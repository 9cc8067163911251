package org.kumiai.web.shell;

import java.util.Locale;

/**
 * Decides the page language: Japanese, unless the visitor chose English with the switch (a cookie).
 * Browsers' Accept-Language is not consulted: co-op terminals and lab machines often run English
 * systems for Japanese members, so the portal opens in Japanese and remembers an explicit choice.
 * Anything malformed counts as no choice.
 */
public final class LanguagePreference {

  public static final String COOKIE = "kumiai-lang";
  public static final Locale JAPANESE = Locale.JAPANESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private LanguagePreference() {}

  public static Locale fromCookie(String cookieValue) {
    Locale chosen = supported(cookieValue);
    return chosen == null ? JAPANESE : chosen;
  }

  /** The supported locale a cookie or parameter names ("ja" or "en"), or null. */
  public static Locale supported(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "ja" -> JAPANESE;
      case "en" -> ENGLISH;
      default -> null;
    };
  }
}
