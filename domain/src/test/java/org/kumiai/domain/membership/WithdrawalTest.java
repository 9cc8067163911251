package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Yen;

class WithdrawalTest {

  private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
  private static final MonthDay NOVEMBER_30 = MonthDay.of(11, 30);

  private static Withdrawal requested(long shares) {
    return new Withdrawal(
        7L,
        Yen.of(shares),
        Withdrawal.Reason.GRADUATION,
        null,
        Withdrawal.Method.CASH,
        null,
        WithdrawalSchedule.of(LocalDate.of(2026, 11, 20), NOVEMBER_30),
        "member@example.jp",
        NOW);
  }

  @Test
  void theRefundIsTheWholeShareCapitalOrHalfOnExpulsionRoundedDown() {
    assertEquals(Yen.of(20_000), Withdrawal.refundOf(Yen.of(20_000), Withdrawal.Ground.VOLUNTARY));
    assertEquals(Yen.of(10_000), Withdrawal.refundOf(Yen.of(20_000), Withdrawal.Ground.EXPULSION));
    assertEquals(Yen.of(1_000), Withdrawal.refundOf(Yen.of(2_001), Withdrawal.Ground.EXPULSION));
    assertEquals(Yen.ZERO, Withdrawal.refundOf(Yen.ZERO, Withdrawal.Ground.EXPULSION));
  }

  @Test
  void aDebtHoldsTheRefundUntilAReviewFindsItSettled() {
    Withdrawal w = requested(20_000);
    w.review(Withdrawal.Ground.VOLUNTARY, Yen.of(3_500), "staff", NOW);
    assertEquals(Withdrawal.Status.HELD, w.status());
    assertEquals(Yen.of(20_000), w.refund().orElseThrow(), "computed, not offset by the debt");
    assertThrows(WithdrawalStateException.class, () -> w.payOut("振込", "staff", NOW));
    w.review(Withdrawal.Ground.VOLUNTARY, Yen.ZERO, "staff", NOW);
    assertEquals(Withdrawal.Status.APPROVED, w.status());
    w.payOut("振込 2027-04-05", "staff", NOW);
    assertEquals(Withdrawal.Status.PAID_OUT, w.status());
    assertThrows(WithdrawalStateException.class, () -> w.payOut("again", "staff", NOW));
    assertThrows(
        WithdrawalStateException.class,
        () -> w.review(Withdrawal.Ground.EXPULSION, Yen.ZERO, "staff", NOW),
        "nothing changes after payout");
  }

  @Test
  void onlyAnUnreviewedRequestCanBeCancelled() {
    Withdrawal w = requested(10_000);
    w.cancel();
    assertEquals(Withdrawal.Status.CANCELLED, w.status());
    assertFalse(w.status().open());
    Withdrawal reviewed = requested(10_000);
    reviewed.review(Withdrawal.Ground.EXPULSION, Yen.ZERO, "staff", NOW);
    assertEquals(Yen.of(5_000), reviewed.refund().orElseThrow());
    assertThrows(WithdrawalStateException.class, reviewed::cancel);
  }

  @Test
  void theDeadlineAndTheEndOfTheAcademicYearFollowTheRequestDate() {
    WithdrawalSchedule onTime = WithdrawalSchedule.of(LocalDate.of(2026, 11, 30), NOVEMBER_30);
    assertEquals(LocalDate.of(2026, 11, 30), onTime.deadline());
    assertEquals(LocalDate.of(2027, 3, 31), onTime.effectiveOn());
    assertFalse(onTime.late(), "the deadline day itself is in time");
    WithdrawalSchedule december = WithdrawalSchedule.of(LocalDate.of(2026, 12, 1), NOVEMBER_30);
    assertTrue(december.late());
    assertEquals(LocalDate.of(2027, 3, 31), december.effectiveOn());
    WithdrawalSchedule february = WithdrawalSchedule.of(LocalDate.of(2027, 2, 10), NOVEMBER_30);
    assertTrue(february.late(), "February is after November of the same academic year");
    assertEquals(LocalDate.of(2027, 3, 31), february.effectiveOn());
    WithdrawalSchedule april = WithdrawalSchedule.of(LocalDate.of(2027, 4, 1), NOVEMBER_30);
    assertFalse(april.late(), "a new academic year");
    assertEquals(LocalDate.of(2028, 3, 31), april.effectiveOn());
    WithdrawalSchedule januaryDeadline =
        WithdrawalSchedule.of(LocalDate.of(2026, 12, 20), MonthDay.of(1, 15));
    assertEquals(LocalDate.of(2027, 1, 15), januaryDeadline.deadline());
    assertFalse(januaryDeadline.late());
  }

  @Test
  void aBankAccountIsCheckedFieldByFieldAndNormalised() {
    BankAccount account = BankAccount.parse("０００５", "123", "ORDINARY", "1234-567", "ｾｲｷｮｳ ﾊﾅｺ");
    assertEquals("0005", account.bankCode());
    assertEquals("1234567", account.number());
    assertEquals("セイキョウ\u3000ハナコ", account.holder());
    assertEquals("0005-123 ****567", account.masked());
    assertEquals(account.masked(), account.toString(), "never the whole number in a log");

    InvalidValuesException e =
        assertThrows(
            InvalidValuesException.class,
            () -> BankAccount.parse("12345", "12", "", "12345678", "seikyo"));
    assertEquals(
        List.of("bankCode", "branchCode", "accountType", "accountNumber", "accountHolder"),
        e.problems().stream().map(InvalidValueException::field).toList());
    assertEquals(
        "NOT_DIGITS",
        assertThrows(
                InvalidValuesException.class,
                () -> BankAccount.parse("00a5", "123", "ORDINARY", "1234567", "セイキョウ"))
            .problems()
            .get(0)
            .reason());
  }

  @Test
  void aTransferNeedsAnAccount() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Withdrawal(
                    7L,
                    Yen.of(1_000),
                    Withdrawal.Reason.OTHER,
                    "留学",
                    Withdrawal.Method.BANK_TRANSFER,
                    null,
                    WithdrawalSchedule.of(LocalDate.of(2026, 11, 20), NOVEMBER_30),
                    "m",
                    NOW));
    assertEquals("bankCode", e.field());
  }
}
