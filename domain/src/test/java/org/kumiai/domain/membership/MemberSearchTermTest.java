package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberSearchTermTest {

  @Test
  void aFullNumberIsFoundHoweverItIsTyped() {
    for (String typed :
        new String[] {"202600000012", "2026-0000-0012", "２０２６－００００－００１２", " 2026 0000 0012 "}) {
      MemberSearchTerm term = MemberSearchTerm.of(typed);
      assertEquals("202600000012", term.number().orElseThrow().value(), typed);
    }
  }

  @Test
  void aNumberWithAWrongCheckDigitIsOnlyDigits() {
    MemberSearchTerm term = MemberSearchTerm.of("2026-0000-0013");
    assertTrue(term.number().isEmpty());
    assertEquals(Optional.of("202600000013"), term.digits());
  }

  @Test
  void controlCharactersAreNotPartOfTheTerm() {
    assertEquals("岡田", MemberSearchTerm.of("岡\u0000田\u0007").text());
    assertTrue(MemberSearchTerm.of("\u0000").isEmpty());
  }

  @Test
  void kanaIsReadInAnyWidthOrScript() {
    assertEquals(Optional.of("オカダ"), MemberSearchTerm.of("ｵｶﾀﾞ").kana());
    assertEquals(Optional.of("オカダ"), MemberSearchTerm.of("おかだ").kana());
    assertEquals(Optional.of("オカダタロウ"), MemberSearchTerm.of("オカダ　タロウ").kana());
    assertEquals(Optional.of("サトウ"), MemberSearchTerm.of("さとう").kana(), "long vowel kept");
    assertTrue(MemberSearchTerm.of("岡田").kana().isEmpty());
    assertTrue(MemberSearchTerm.of("okada").kana().isEmpty());
  }

  @Test
  void namesLoseTheirSpacesAndAddressesTheirCase() {
    assertEquals("岡田太郎", MemberSearchTerm.of("岡田 太郎").text());
    assertEquals("taro.okada@hokuto", MemberSearchTerm.of("Ｔａｒｏ.Okada@HOKUTO").text());
  }

  @Test
  void phoneDigitsDropTheTrunkZero() {
    MemberSearchTerm term = MemberSearchTerm.of("０９０－１２３４");
    assertEquals(Optional.of("901234"), term.phoneDigits());
    assertTrue(MemberSearchTerm.of("090").phoneDigits().isEmpty(), "too short to mean a phone");
    assertEquals(
        Optional.of("819012345678"), MemberSearchTerm.of("+81 90-1234-5678").phoneDigits());
  }

  @Test
  void aReadingTypedWithASpaceIsFamilyThenGiven() {
    assertEquals(List.of("オカダ", "タロウ"), MemberSearchTerm.of("ｵｶﾀﾞ　たろう").kanaParts());
    assertEquals(List.of("オカ"), MemberSearchTerm.of(" おか ").kanaParts());
    assertEquals(List.of(), MemberSearchTerm.of("岡田 タロウ").kanaParts(), "not all kana");
  }

  @Test
  void aCompleteEmailAddressIsOneAnswerAndPartOfOneIsText() {
    assertEquals(
        "taro.okada@hokuto.example.jp",
        MemberSearchTerm.of("ＴＡＲＯ.Okada@hokuto.example.jp").email().orElseThrow().value());
    assertTrue(MemberSearchTerm.of("taro.okada@hokuto").email().isEmpty(), "no dot in the domain");
    assertTrue(MemberSearchTerm.of("taro.okada@").email().isEmpty());
    assertTrue(MemberSearchTerm.of("taro.okada@hokuto").isAscii());
    assertFalse(MemberSearchTerm.of("岡田").isAscii());
  }

  @Test
  void nothingTypedListsEveryone() {
    assertTrue(MemberSearchTerm.of(null).isEmpty());
    assertTrue(MemberSearchTerm.of("　 ").isEmpty());
  }

  @Test
  void separatorsAloneAreNoNumber() {
    assertTrue(MemberSearchTerm.of("-").digits().isEmpty());
    assertTrue(MemberSearchTerm.of("ー").digits().isEmpty());
  }
}
