package org.kumiai.service.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Mail and SMS texts in Japanese and English (templates_ja/en.properties). */
@ApplicationScoped
public class MessageTemplates {

  private static final String BUNDLE = "org.kumiai.service.messaging.templates";

  public String render(String key, Locale locale, Object... args) {
    Locale language = language(locale);
    return new MessageFormat(bundle(language).getString(key), language).format(args);
  }

  /**
   * The text of {@code key}, or of {@code general} when there is none: for codes another system
   * chooses (a card acquirer's decline reasons), which may be new to us.
   */
  public String renderOr(String key, String general, Locale locale, Object... args) {
    return render(bundle(language(locale)).containsKey(key) ? key : general, locale, args);
  }

  private static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(BUNDLE, language, MessageTemplates.class.getClassLoader());
  }

  /**
   * A code read out digit by digit, so a voice call does not say "four hundred and twelve": the
   * digits apart with the pause of the call's language (an English voice reads past "、").
   */
  public static String spaced(String digits, Locale locale) {
    return String.join("en".equals(locale.getLanguage()) ? ", " : "、", digits.split(""));
  }
}
