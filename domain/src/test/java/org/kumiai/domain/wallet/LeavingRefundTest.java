package org.kumiai.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.Yen;

class LeavingRefundTest {

  private static final Optional<Yen> PLAN_GIVES_30_000 = Optional.of(Yen.of(30_000));

  @Test
  void aCoopThatRefundsEmoneyGivesBackThePursesAndThePlansPart() {
    assertEquals(
        Yen.of(4_000), LeavingRefund.of(Purse.BASE, Yen.of(4_000), true, Optional.empty()));
    assertEquals(
        Yen.of(30_000), LeavingRefund.of(Purse.MEAL, Yen.of(50_000), true, PLAN_GIVES_30_000));
    assertEquals(
        Yen.of(50_000), LeavingRefund.of(Purse.MEAL, Yen.of(50_000), true, Optional.empty()));
    assertEquals(Yen.ZERO, LeavingRefund.of(Purse.POINTS, Yen.of(120), true, Optional.empty()));
  }

  @Test
  void aCoopThatKeepsUnspentEmoneyStillGivesBackWhatItsMealRuleSays() {
    assertEquals(Yen.ZERO, LeavingRefund.of(Purse.BASE, Yen.of(4_000), false, Optional.empty()));
    assertEquals(
        Yen.of(30_000), LeavingRefund.of(Purse.MEAL, Yen.of(50_000), false, PLAN_GIVES_30_000));
    assertEquals(
        Yen.of(20_000),
        LeavingRefund.of(Purse.MEAL, Yen.of(20_000), false, PLAN_GIVES_30_000),
        "never more than the purse holds");
    assertEquals(Yen.ZERO, LeavingRefund.of(Purse.MEAL, Yen.of(50_000), false, Optional.empty()));
  }
}
