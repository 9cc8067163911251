package org.kumiai.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.Yen;

class KonbiniSlipTest {

  private static KonbiniSlip issued(Instant now) {
    return new KonbiniSlip(
        1L,
        "charge-1",
        "123456789012",
        KonbiniChain.LAWSON,
        Purse.BASE,
        Yen.of(3_000),
        new KonbiniSlip.Payer(
            "財布 花子", "ｻｲﾌ ﾊﾅｺ", "payer@example.jp", "090-6300-0001", Locale.ENGLISH),
        now,
        3);
  }

  @Test
  void theLastMomentIs235959JapanTimeOfTheThirdDay() {
    // 2026-12-04 23:30 in Japan is still the 4th there, though the 4th 14:30 in UTC.
    assertEquals(
        Instant.parse("2026-12-07T14:59:59Z"),
        KonbiniSlip.lastMoment(Instant.parse("2026-12-04T14:30:00Z"), 3));
    // 00:30 on the 5th in Japan (the 4th 15:30 UTC) counts from the 5th.
    assertEquals(
        Instant.parse("2026-12-08T14:59:59Z"),
        KonbiniSlip.lastMoment(Instant.parse("2026-12-04T15:30:00Z"), 3));
  }

  @Test
  void aCancellationThatOvertakesItsPreliminaryNoticeLeavesTheSlipUnpaid() {
    Instant at = Instant.parse("2026-12-05T03:00:00Z");
    KonbiniSlip slip = issued(Instant.parse("2026-12-04T03:00:00Z"));
    slip.cancelPreliminary();
    slip.preliminary(at);
    assertTrue(slip.preliminaryAt().isEmpty(), "the preliminary notice was already withdrawn");

    KonbiniSlip inOrder = issued(Instant.parse("2026-12-04T03:00:00Z"));
    inOrder.preliminary(at);
    assertEquals(Optional.of(at), inOrder.preliminaryAt());
    inOrder.cancelPreliminary();
    assertTrue(inOrder.preliminaryAt().isEmpty());
    inOrder.preliminary(at.plusSeconds(600));
    assertEquals(Optional.of(at.plusSeconds(600)), inOrder.preliminaryAt(), "paid at a till again");
    inOrder.confirm(at.plusSeconds(900));
    assertTrue(inOrder.preliminaryAt().isEmpty(), "paid: no longer waiting");
  }

  @Test
  void anUnpaidSlipExpiresOnlyAfterItsLastMoment() {
    KonbiniSlip slip = issued(Instant.parse("2026-12-04T03:00:00Z"));
    assertFalse(slip.expireIfDue(Instant.parse("2026-12-07T14:59:59Z")), "the last second");
    assertEquals(KonbiniSlip.Status.ISSUED, slip.status());
    assertTrue(slip.expireIfDue(Instant.parse("2026-12-07T15:00:00Z")));
    assertEquals(KonbiniSlip.Status.EXPIRED, slip.status());
    assertFalse(slip.expireIfDue(Instant.parse("2026-12-08T00:00:00Z")), "once");
  }

  @Test
  void aPaidOrVoidedSlipNeverExpiresAndMoneyArrivingLateIsStillCredited() {
    KonbiniSlip paid = issued(Instant.parse("2026-12-04T03:00:00Z"));
    assertTrue(paid.confirm(Instant.parse("2026-12-05T03:00:00Z")));
    assertFalse(paid.expireIfDue(Instant.parse("2026-12-09T00:00:00Z")));
    assertEquals(KonbiniSlip.Status.PAID, paid.status());

    KonbiniSlip voided = issued(Instant.parse("2026-12-04T03:00:00Z"));
    voided.voidIt();
    assertFalse(voided.expireIfDue(Instant.parse("2026-12-09T00:00:00Z")));
    assertEquals(KonbiniSlip.Status.VOIDED, voided.status());

    KonbiniSlip late = issued(Instant.parse("2026-12-04T03:00:00Z"));
    late.expireIfDue(Instant.parse("2026-12-09T00:00:00Z"));
    assertTrue(late.confirm(Instant.parse("2026-12-09T01:00:00Z")), "the member paid it");
    assertFalse(late.confirm(Instant.parse("2026-12-09T01:00:01Z")), "a duplicate notice");
  }

  @Test
  void theSlipKeepsTheLanguageItsMailsAreWrittenIn() {
    assertEquals(Locale.ENGLISH, issued(Instant.now()).mailLanguage());
    KonbiniSlip japanese =
        new KonbiniSlip(
            1L,
            "charge-2",
            "123456789013",
            KonbiniChain.MINISTOP,
            Purse.BASE,
            Yen.of(1_000),
            new KonbiniSlip.Payer(
                "財布 花子", "ｻｲﾌ ﾊﾅｺ", "payer@example.jp", "090-6300-0001", Locale.JAPAN),
            Instant.now(),
            3);
    assertEquals(Locale.JAPANESE, japanese.mailLanguage(), "the language, not the country");
  }
}
