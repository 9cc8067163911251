package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.EmailAddress;

class AccountLanguageTest {

  private static Account account() {
    return new Account(
        EmailAddress.parse("hanako@example.jp"), Instant.parse("2026-04-01T01:00:00Z"));
  }

  @Test
  void mailsAreJapaneseUntilThePersonReadsThePortalInEnglish() {
    Account account = account();
    assertEquals(Locale.JAPANESE, account.mailLanguage());
    account.readsIn(Locale.ENGLISH);
    assertEquals(Locale.ENGLISH, account.mailLanguage());
    account.readsIn(Locale.US);
    assertEquals(Locale.ENGLISH, account.mailLanguage(), "any English is English");
    account.readsIn(Locale.JAPAN);
    assertEquals(Locale.JAPANESE, account.mailLanguage());
  }

  @Test
  void aLanguageThePortalDoesNotSpeakMeansJapanese() {
    Account account = account();
    account.readsIn(Locale.ENGLISH);
    account.readsIn(Locale.KOREAN);
    assertEquals(Locale.JAPANESE, account.mailLanguage());
  }
}
