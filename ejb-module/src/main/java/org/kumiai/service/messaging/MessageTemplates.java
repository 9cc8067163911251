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
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, language, MessageTemplates.class.getClassLoader());
    return new MessageFormat(bundle.getString(key), language).format(args);
  }

  /** A code read out digit by digit, so a voice call does not say "four hundred and twelve". */
  public static String spaced(String digits) {
    return String.join("、", digits.split(""));
  }
}
