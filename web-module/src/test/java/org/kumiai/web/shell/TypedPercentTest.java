package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedPercentTest {

  @Test
  void aPercentageWithTwoDecimalsAtMostIsARateInBasisPoints() {
    assertEquals(Optional.of(50), TypedPercent.basisPoints("0.5"));
    assertEquals(Optional.of(50), TypedPercent.basisPoints(" ０．５％ "));
    assertEquals(Optional.of(1_000), TypedPercent.basisPoints("10"));
    assertEquals(Optional.of(1_025), TypedPercent.basisPoints("10.25%"));
    assertEquals(Optional.of(0), TypedPercent.basisPoints("0"));
    assertEquals(Optional.of(20_000), TypedPercent.basisPoints("200"));
  }

  @Test
  void anythingElseIsNotARate() {
    for (String typed :
        new String[] {"", " ", "0.005", "-1", "1,5", "abc", "1e2", ".5", "123456"}) {
      assertEquals(Optional.empty(), TypedPercent.basisPoints(typed), typed);
    }
    assertEquals(Optional.empty(), TypedPercent.basisPoints(null));
  }

  @Test
  void basisPointsAreShownAsTheyWouldBeTyped() {
    assertEquals("0.5", TypedPercent.of(50));
    assertEquals("10", TypedPercent.of(1_000));
    assertEquals("10.25", TypedPercent.of(1_025));
    assertEquals("0", TypedPercent.of(0));
  }
}
