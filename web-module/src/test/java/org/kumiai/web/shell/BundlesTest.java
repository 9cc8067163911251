package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
