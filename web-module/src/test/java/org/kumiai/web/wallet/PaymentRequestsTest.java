package org.kumiai.web.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.Category;
import org.kumiai.service.wallet.PaymentCommand;

class PaymentRequestsTest {

  private static final String GOOD =
      "{\"storeCode\":\"HOKUTO-CAFE\",\"registerId\":\"R1\","
          + "\"credential\":{\"type\":\"IC_CARD\",\"value\":\"04A1B2C3D4\"},"
          + "\"amount\":%s,\"category\":\"FOOD\","
          + "\"items\":[{\"code\":\"C01\",\"name\":\"カレーライス\",\"quantity\":1,\"unitPrice\":%s}]%s}";

  private static String good(String amount) {
    return String.format(GOOD, amount, amount, "");
  }

  private static Map<String, String> invalid(String body) {
    return assertThrows(PaymentRequests.Invalid.class, () -> PaymentRequests.payment(body))
        .invalid();
  }

  @Test
  void aWellFormedPaymentIsRead() {
    PaymentCommand c = PaymentRequests.payment(good("480")).command();
    assertEquals(Yen.of(480), c.amount());
    assertEquals(Category.FOOD, c.category());
    assertEquals("カレーライス", c.items().get(0).name());
    assertEquals(null, c.occurredAt());
    PaymentCommand offline =
        PaymentRequests.payment(
                String.format(GOOD, "480", "480", ",\"occurredAt\":\"2026-11-21T03:15:00Z\""))
            .command();
    assertEquals("2026-11-21T03:15:00Z", offline.occurredAt().toString());
  }

  @Test
  void amountsAreWholePositiveYenWrittenAsNumbers() {
    assertEquals("NOT_A_NUMBER", invalid(good("\"480\"")).get("amount"));
    assertEquals("NOT_WHOLE_YEN", invalid(good("480.5")).get("amount"));
    assertEquals("NOT_POSITIVE", invalid(good("0")).get("amount"));
    assertEquals("NOT_POSITIVE", invalid(good("-1")).get("amount"));
    assertEquals("TOO_LARGE", invalid(good("99999999999999999999")).get("amount"));
    assertEquals("TOO_LARGE", invalid(good("1" + "0".repeat(1_000))).get("amount"));
    assertEquals("NOT_WHOLE_YEN", invalid(good("1e999999999")).get("amount"));
    assertEquals("NUMBER_TOO_LONG", invalid(good("1" + "0".repeat(5_000))).get("body"));
  }

  @Test
  void unknownAndMissingFieldsAreNamed() {
    Map<String, String> extra =
        invalid(String.format(GOOD, "480", "480", ",\"tip\":100,\"credential2\":{}"));
    assertEquals("UNKNOWN_FIELD", extra.get("tip"));
    assertEquals("UNKNOWN_FIELD", extra.get("credential2"));
    Map<String, String> missing = invalid("{\"amount\":100}");
    assertEquals("MISSING", missing.get("storeCode"));
    assertEquals("MISSING", missing.get("registerId"));
    assertEquals("MISSING", missing.get("credential"));
    assertEquals("MISSING", missing.get("category"));
    assertEquals("MISSING", missing.get("items"), "the contract's lines are not optional");
    assertEquals(
        "EMPTY",
        invalid(good("480").replaceAll("\\[\\{.*\\}\\]", "[]")).get("items"),
        "a payment sells something");
    assertEquals(
        "UNKNOWN_TYPE", invalid(good("480").replace("IC_CARD", "FELICA")).get("credential.type"));
    assertEquals("UNKNOWN_CATEGORY", invalid(good("480").replace("FOOD", "TOYS")).get("category"));
    assertEquals(
        "MALFORMED",
        invalid(good("480").replace("カレーライス", "カレー\\u0000ライス")).get("items[0].name"),
        "PostgreSQL takes no U+0000: a 400, not a 500");
    assertEquals(
        "NOT_AN_INSTANT",
        invalid(String.format(GOOD, "480", "480", ",\"occurredAt\":\"yesterday\""))
            .get("occurredAt"));
  }

  @Test
  void bodiesThatAreNotObjectsAreRefused() {
    assertEquals("NOT_JSON", invalid("{amount: 1").get("body"));
    assertEquals("NOT_AN_OBJECT", invalid("[1,2]").get("body"));
    assertEquals("NOT_JSON", invalid("").get("body"));
  }

  @Test
  void theSameRequestHashesTheSameWhateverItsSpacing() {
    String spaced = good("480").replace(",", " , ").replace(":", " : ");
    assertEquals(
        RequestHash.of("POST /payments", PaymentRequests.payment(good("480")).canonical()),
        RequestHash.of("POST /payments", PaymentRequests.payment(spaced).canonical()));
    assertNotEquals(
        RequestHash.of("POST /payments", PaymentRequests.payment(good("480")).canonical()),
        RequestHash.of("POST /payments", PaymentRequests.payment(good("481")).canonical()));
  }

  @Test
  void theSameFieldsInAnotherOrderAreTheSameRequest() {
    String reordered =
        "{\"category\":\"FOOD\",\"amount\":480,"
            + "\"items\":[{\"unitPrice\":480,\"quantity\":1,\"name\":\"カレーライス\",\"code\":\"C01\"}],"
            + "\"credential\":{\"value\":\"04A1B2C3D4\",\"type\":\"IC_CARD\"},"
            + "\"registerId\":\"R1\",\"storeCode\":\"HOKUTO-CAFE\"}";
    assertEquals(
        PaymentRequests.payment(good("480")).canonical(),
        PaymentRequests.payment(reordered).canonical());
  }

  @Test
  void aRefundNamesItsAmountAndReason() {
    assertEquals(
        Yen.of(300),
        PaymentRequests.refund("{\"amount\":300,\"reason\":\"冷めていた\"}").command().amount());
    Map<String, String> bad =
        assertThrows(
                PaymentRequests.Invalid.class,
                () -> PaymentRequests.refund("{\"amount\":\"300\",\"why\":\"x\"}"))
            .invalid();
    assertEquals("NOT_A_NUMBER", bad.get("amount"));
    assertEquals("MISSING", bad.get("reason"));
    assertEquals("UNKNOWN_FIELD", bad.get("why"));
  }
}
