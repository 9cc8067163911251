package org.kumiai.service.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

  /**
   * Every template is read by MessageFormat, where a lone apostrophe starts quoted text and is
   * dropped ("the co-op's counter" mailed as "the co-ops counter"): each is written twice.
   */
  @Test
  void everyTemplateKeepsItsApostrophes() {
    MessageTemplates templates = new MessageTemplates();
    for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "org.kumiai.service.messaging.templates",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        String shown = templates.render(key, locale, "a", "b", "c", "d", "e", "f");
        assertEquals(
            pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
            shown.chars().filter(c -> c == '\'').count(),
            key + " in " + locale + ": " + shown);
      }
    }
  }

  /**
   * An acquirer's decline reason new to us is mailed as a general decline: a missing text threw,
   * rolled the auto-charge round back and left the rule on to be declined again at every pass.
   */
  @Test
  void aReasonWithoutItsOwnTextGetsTheGeneralOne() {
    MessageTemplates templates = new MessageTemplates();
    assertEquals(
        "The card company declined it.",
        templates.renderOr(
            "wallet.autocharge.reason.STOLEN_CARD",
            "wallet.autocharge.reason.OTHER",
            Locale.ENGLISH));
    assertEquals(
        "カードのご利用可能額が足りませんでした。",
        templates.renderOr(
            "wallet.autocharge.reason.INSUFFICIENT_FUNDS",
            "wallet.autocharge.reason.OTHER",
            Locale.JAPANESE));
  }

  @Test
  void aCodeIsReadDigitByDigitWithTheLanguagesPause() {
    assertEquals("4、1、2", MessageTemplates.spaced("412", Locale.JAPANESE));
    assertEquals("4, 1, 2", MessageTemplates.spaced("412", Locale.ENGLISH));
  }
}
