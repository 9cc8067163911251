package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

  @Test
  void japaneseWithoutAChoice() {
    assertEquals(Locale.JAPANESE, LanguagePreference.fromCookie(null));
  }

  @Test
  void theRememberedChoiceWins() {
    assertEquals(Locale.ENGLISH, LanguagePreference.fromCookie("en"));
    assertEquals(Locale.JAPANESE, LanguagePreference.fromCookie("ja"));
  }

  @Test
  void aMalformedOrUnsupportedCookieFallsBackToJapanese() {
    for (String bad :
        new String[] {"", "EN", "fr", "en-US", "<script>", "ja;en", "x".repeat(5000)}) {
      assertEquals(Locale.JAPANESE, LanguagePreference.fromCookie(bad), bad);
    }
  }

  @Test
  void onlyJaAndEnAreSupportedTags() {
    assertEquals(Locale.ENGLISH, LanguagePreference.supported("en"));
    assertNull(LanguagePreference.supported("de"));
    assertNull(LanguagePreference.supported(null));
  }
}
