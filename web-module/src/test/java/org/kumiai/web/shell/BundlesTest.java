package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.audit.AuditAction;

/** Both languages say the same things, and the audit page has a label for every action. */
class BundlesTest {

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "org.kumiai.web.messages",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void japaneseAndEnglishHaveTheSameKeys() {
    Set<String> ja = new TreeSet<>(bundle(Locale.JAPANESE).keySet());
    Set<String> en = new TreeSet<>(bundle(Locale.ENGLISH).keySet());
    assertEquals(ja, en);
  }

  /**
   * A message with arguments is read by MessageFormat, where an apostrophe starts quoted text: a
   * lone one is dropped with what follows it taken literally ("the store's payment" shown as "the
   * stores payment"), so such messages write it twice.
   */
  @Test
  void messagesWithArgumentsKeepTheirApostrophes() {
    for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
      ResourceBundle bundle = bundle(locale);
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        if (pattern.contains("{0}")) {
          String shown = new MessageFormat(pattern, locale).format(new Object[] {1, 2, 3, 4, 5, 6});
          assertEquals(
              pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
              shown.chars().filter(c -> c == '\'').count(),
              key + " in " + locale + ": " + shown);
        }
      }
    }
  }

  @Test
  void everyAuditActionHasALabelInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
      ResourceBundle bundle = bundle(locale);
      for (AuditAction action : AuditAction.values()) {
        assertTrue(bundle.containsKey("audit.action." + action.name()), action + " in " + locale);
      }
    }
  }
}
