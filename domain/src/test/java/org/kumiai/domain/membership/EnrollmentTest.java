package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.Federation;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.shared.Yen;

class EnrollmentTest {

  private static final Instant NOW = Instant.parse("2027-03-20T01:00:00Z");
  private static final Coop COOP =
      new Coop(
          "HOKUTO",
          new Federation("DEMO", new LocalizedText("連合", "Federation")),
          new LocalizedText("北斗大学生活協同組合", "Hokuto"),
          null,
          null);

  private static final List<Product> CATALOGUE =
      List.of(
          new Product(
              COOP,
              "SHARE",
              ProductKind.SHARE,
              text("出資金"),
              null,
              Yen.of(2_000),
              10,
              50,
              true,
              null),
          new Product(
              COOP,
              "G1200",
              ProductKind.INSURANCE,
              text("学生総合共済"),
              "1年",
              Yen.of(14_400),
              1,
              1,
              false,
              12),
          new Product(
              COOP,
              "19HL",
              ProductKind.INSURANCE,
              text("学生賠償責任保険"),
              "1年",
              Yen.of(8_500),
              1,
              1,
              false,
              12),
          new Product(
              COOP,
              "110",
              ProductKind.SUPPORT,
              text("学生生活110番"),
              "4年",
              Yen.of(9_450),
              1,
              1,
              false,
              48),
          new Product(
              COOP,
              "EMONEY",
              ProductKind.DEPOSIT,
              text("電子マネー"),
              null,
              Yen.of(1_000),
              1,
              1,
              false,
              null));

  private static LocalizedText text(String ja) {
    return new LocalizedText(ja, ja);
  }

  private static Enrollment apply(Map<String, Integer> chosen) {
    return new Enrollment(7L, CATALOGUE, chosen, NOW, Duration.ofDays(3), null);
  }

  private static void assertInvalid(String field, String reason, Map<String, Integer> chosen) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> apply(chosen));
    assertEquals(field, e.field());
    assertEquals(reason, e.reason());
  }

  @Test
  void theSeedsWelcomeMailAddsUp() {
    Enrollment e = apply(Map.of("SHARE", 10, "G1200", 1, "19HL", 1, "110", 1, "EMONEY", 40_000));
    assertEquals(
        List.of("SHARE", "G1200", "19HL", "110", "EMONEY"),
        e.lines().stream().map(EnrollmentLine::productCode).toList());
    assertEquals(Yen.of(20_000), e.lines().get(0).amount());
    assertEquals(Yen.of(20_000 + 14_400 + 8_500 + 9_450 + 40_000), e.total());
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, e.status());
    assertEquals(NOW.plus(Duration.ofDays(3)), e.expiresAt());
    LocalDate[] g1200 = e.lines().get(1).coverage(LocalDate.of(2027, 3, 20)).orElseThrow();
    assertEquals(LocalDate.of(2028, 3, 19), g1200[1], "one year, to the day before");
    assertTrue(
        e.lines().get(0).coverage(LocalDate.of(2027, 3, 20)).isEmpty(), "shares cover nothing");
  }

  @Test
  void sharesHaveAMinimumAndEveryItemItsLimits() {
    assertInvalid("item_SHARE", "BELOW_MINIMUM", Map.of("SHARE", 9));
    assertInvalid("item_SHARE", "BELOW_MINIMUM", Map.of("G1200", 1));
    assertInvalid("item_SHARE", "ABOVE_MAXIMUM", Map.of("SHARE", 51));
    assertInvalid("item_G1200", "ABOVE_MAXIMUM", Map.of("SHARE", 10, "G1200", 2));
    assertInvalid("item_G1200", "NEGATIVE", Map.of("SHARE", 10, "G1200", -1));
    assertInvalid("item_EMONEY", "OUT_OF_RANGE", Map.of("SHARE", 10, "EMONEY", 500));
    assertInvalid("item_EMONEY", "OUT_OF_RANGE", Map.of("SHARE", 10, "EMONEY", 100_001));
    assertInvalid("item_XYZ", "UNKNOWN", Map.of("SHARE", 10, "XYZ", 1));
  }

  @Test
  void anApplicationIsPaidOnceAndNotAfterItExpired() {
    Enrollment paid = apply(Map.of("SHARE", 10));
    paid.pay(PaymentMethod.CARD, "auth-1", NOW.plusSeconds(60));
    assertEquals(EnrollmentStatus.PAID, paid.status());
    EnrollmentClosedException twice =
        assertThrows(
            EnrollmentClosedException.class,
            () -> paid.pay(PaymentMethod.COUNTER, null, NOW.plusSeconds(120)));
    assertEquals(EnrollmentStatus.PAID, twice.status());
    assertFalse(paid.expireIfDue(NOW.plus(Duration.ofDays(10))));

    Enrollment late = apply(Map.of("SHARE", 10));
    assertFalse(late.expireIfDue(NOW.plus(Duration.ofDays(3)).minusSeconds(1)));
    EnrollmentClosedException expired =
        assertThrows(
            EnrollmentClosedException.class,
            () -> late.pay(PaymentMethod.CARD, "auth-2", NOW.plus(Duration.ofDays(3))));
    assertEquals(EnrollmentStatus.EXPIRED, expired.status());
    Enrollment swept = apply(Map.of("SHARE", 10));
    assertTrue(swept.expireIfDue(NOW.plus(Duration.ofDays(4))));
    assertEquals(EnrollmentStatus.EXPIRED, swept.status());
  }

  @Test
  void anApplicationWhoseCardChargeIsUnansweredWaitsForTheAnswerInsteadOfExpiring() {
    Instant due = NOW.plus(Duration.ofDays(3));
    Enrollment made = apply(Map.of("SHARE", 10));
    made.cardUnanswered(NOW.plusSeconds(60), Locale.ENGLISH);
    assertEquals(Optional.of(Locale.ENGLISH), made.awaitingCardAnswer());
    assertFalse(made.expireIfDue(due.plusSeconds(1)), "the money may have been taken");
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, made.status());
    assertThrows(
        CardAnswerPendingException.class,
        () -> made.pay(PaymentMethod.COUNTER, null, NOW.plusSeconds(120)),
        "no cash while the card's answer is awaited");
    assertThrows(
        CardAnswerPendingException.class,
        () -> made.pay(PaymentMethod.COUNTER, null, due.plusSeconds(1)));
    assertEquals(EnrollmentStatus.AWAITING_PAYMENT, made.status(), "still waiting for the answer");

    Enrollment late = apply(Map.of("SHARE", 10));
    late.cardUnanswered(NOW.plusSeconds(60), Locale.JAPANESE);
    late.pay(PaymentMethod.CARD, "auth-late", due.plusSeconds(1));
    assertEquals(EnrollmentStatus.PAID, late.status());
    assertEquals(Optional.empty(), late.awaitingCardAnswer());

    Enrollment refused = apply(Map.of("SHARE", 10));
    refused.cardUnanswered(NOW.plusSeconds(60), Locale.JAPANESE);
    String asked = refused.paymentKey();
    refused.declined();
    assertEquals(Optional.empty(), refused.awaitingCardAnswer());
    assertTrue(refused.expireIfDue(due), "not made: it expires as any unpaid application");
    assertNotEquals(asked, refused.paymentKey(), "the next card is a new charge");
  }
}
