package org.kumiai.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypedTextTest {

  private static String reason(String typed) {
    return assertThrows(InvalidValueException.class, () -> TypedText.required("note", typed, 20))
        .reason();
  }

  @Test
  void aTextIsNarrowedStrippedAndBounded() {
    assertEquals("ABC 123", TypedText.required("note", "　ＡＢＣ １２３ ", 20));
    assertEquals("EMPTY", reason("  "));
    assertEquals("TOO_LONG", reason("あ".repeat(21)));
  }

  @Test
  void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
    assertEquals("MALFORMED", reason("返品\u0000"));
    assertEquals("MALFORMED", reason("返\u0007品"));
    assertEquals("一行目\n二行目\t終わり", TypedText.required("note", "一行目\n二行目\t終わり", 20));
  }
}
