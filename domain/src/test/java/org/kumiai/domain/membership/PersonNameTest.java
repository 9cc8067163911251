package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void theMaskedNameShowsTheFirstCharacterOfEachPartAsTheSeedsDo() {
    assertEquals("岡*太*", new PersonName("岡田", "太郎", "オカダ", "タロウ").masked());
    assertEquals("渡*健", new PersonName("渡辺", "健", "ワタナベ", "ケン").masked(), "one-letter name");
    assertEquals(
        "𠮷*花**",
        new PersonName("𠮷田", "花ノ子", "ヨシダ", "ハナノコ").masked(),
        "a character outside the BMP counts as one");
  }
}
