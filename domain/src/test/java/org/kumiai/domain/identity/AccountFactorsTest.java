package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.PhoneNumber;

class AccountFactorsTest {

  private static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");

  private static Account withPhone() {
    Account account = new Account(EmailAddress.parse("hanako@example.jp"), NOW);
    account.choosePassword("hash", "山田", "花子");
    account.verifyPhone(PhoneNumber.parse("090-1234-5678"), NOW);
    return account;
  }

  private static PostalAddress address() {
    return new PostalAddress("９８０－８５７７", "宮城県", "仙台市青葉区", "片平2-1-1", null);
  }

  @Test
  void theProfileFinishesTheSignUpAndKeepsTheKanaReading() {
    Account account = withPhone();
    assertEquals(OnboardingStep.PROFILE, account.nextStep());
    account.saveProfile("ﾔﾏﾀﾞ", "ハナコ", address(), PhoneNumber.parse("022-123-4567"), NOW);
    assertEquals(OnboardingStep.DONE, account.nextStep());
    assertEquals("ヤマダ", account.familyKana().orElseThrow());
    assertEquals("9808577", account.address().orElseThrow().postalCode());
  }

  @Test
  void aPasswordResetLeavesTheRunOfFailedSignInsAsItWas() {
    Account account = withPhone();
    LockoutPolicy policy = LockoutPolicy.STANDARD;
    for (int i = 0; i < 5; i++) {
      account.throttle().recordFailure(NOW, policy);
    }
    Instant locked = account.throttle().lockedUntil(NOW).orElseThrow();
    account.changePassword("new-hash");
    assertEquals(locked, account.throttle().lockedUntil(NOW).orElseThrow(), "still locked");
    assertEquals(5, account.throttle().failures(), "the next wrong code waits longer, not less");
  }

  @Test
  void theProfileCannotBeSavedBeforeThePhone() {
    Account account = new Account(EmailAddress.parse("hanako@example.jp"), NOW);
    account.choosePassword("hash", "山田", "花子");
    SignUpStepException e =
        assertThrows(
            SignUpStepException.class,
            () ->
                account.saveProfile(
                    "ヤマダ", "ハナコ", address(), PhoneNumber.parse("022-123-4567"), NOW));
    assertEquals(OnboardingStep.PHONE, e.expected());
  }

  @Test
  void kanaFieldsRefuseHiraganaAndLatin() {
    Account account = withPhone();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                account.saveProfile(
                    "やまだ", "ハナコ", address(), PhoneNumber.parse("022-123-4567"), NOW));
    assertEquals("familyKana", e.field());
    assertEquals("NOT_KATAKANA", e.reason());
    assertEquals(OnboardingStep.PROFILE, account.nextStep());
  }

  @Test
  void anAddressFormNamesEveryBadField() {
    InvalidValuesException e =
        assertThrows(
            InvalidValuesException.class,
            () -> PostalAddress.check("12-345", "ガリア", "", "片平1", "x".repeat(101)));
    assertEquals(
        List.of("postalCode", "prefecture", "city", "addressLine2"),
        e.problems().stream().map(InvalidValueException::field).toList());
  }

  @Test
  void staffWithoutMembershipSkipTheProfileButMembersDoNot() {
    Account staff = withPhone();
    staff.grant(Role.STAFF);
    assertEquals(OnboardingStep.DONE, staff.nextStep());
    staff.linkMembership(7L);
    assertEquals(OnboardingStep.PROFILE, staff.nextStep());
  }

  @Test
  void anAppCodeStepIsAcceptedOnceAndNeverAnEarlierOne() {
    Account account = withPhone();
    account.enrolTotp("sealed", 100, NOW);
    assertFalse(account.acceptTotpStep(100), "the enrolment code itself");
    assertTrue(account.acceptTotpStep(101));
    assertFalse(account.acceptTotpStep(101), "replayed");
    assertFalse(account.acceptTotpStep(99), "older than the last one used");
    assertTrue(account.acceptTotpStep(103));
  }

  @Test
  void theDefaultFactorMustBeEnrolledAndFallsBackToSmsWhenTheAppGoes() {
    Account account = withPhone();
    assertEquals(Set.of(SecondFactor.SMS, SecondFactor.VOICE), account.factors());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> account.chooseDefaultFactor(SecondFactor.TOTP));
    assertEquals("NOT_ENROLLED", e.reason());
    account.enrolTotp("sealed", 1, NOW);
    account.chooseDefaultFactor(SecondFactor.TOTP);
    assertEquals(SecondFactor.TOTP, account.defaultFactor());
    account.removeTotp();
    assertEquals(SecondFactor.SMS, account.defaultFactor());
    assertFalse(account.factors().contains(SecondFactor.TOTP));
    assertFalse(account.acceptTotpStep(5));
  }

  @Test
  void eachRecoveryCodeWorksOnce() {
    Account account = withPhone();
    List<String> hashes = IntStream.range(0, 10).mapToObj(i -> "h" + i).toList();
    account.replaceRecoveryCodes(hashes);
    assertEquals(10, account.unusedRecoveryCodes());
    assertTrue(account.useRecoveryCode("h3", NOW));
    assertFalse(account.useRecoveryCode("h3", NOW), "used before");
    assertFalse(account.useRecoveryCode("nope", NOW));
    assertEquals(9, account.unusedRecoveryCodes());
    account.replaceRecoveryCodes(hashes);
    assertEquals(10, account.unusedRecoveryCodes(), "new codes replace the old, used or not");
    assertThrows(IllegalArgumentException.class, () -> account.replaceRecoveryCodes(List.of("a")));
  }

  @Test
  void endingAllSessionsEndsThoseSignedInBeforeOnly() {
    Account account = withPhone();
    assertFalse(account.sessionEnded(NOW));
    account.endAllSessions(NOW);
    assertTrue(account.sessionEnded(NOW.minusSeconds(60)));
    assertTrue(account.sessionEnded(NOW));
    assertFalse(account.sessionEnded(NOW.plusSeconds(1)));
  }
}
