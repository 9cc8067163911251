package org.kumiai.e2e.wallet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.JsonDoc;

/**
 * The register API over real HTTP against the deployed EAR, with the demo register key of HOKUTO's
 * cafeteria and the demo IC card of 岡田 太郎 (README): the contract's answers for a bad key, a missing
 * Idempotency-Key and malformed JSON; a payment, its retry replayed, the key reused with another
 * body refused; eight requests sent at once with one key paying once; an unknown card; a refund;
 * the contract at /openapi.
 */
class RegisterApiIT {

  private static final String KEY = "kr_demohokutocaf_demo-only-hokutocafe";
  private static final String TARO = "04A1000000000001";

  private static String payment(String card, String amount) {
    return "{\"storeCode\":\"HOKUTO-CAFE\",\"registerId\":\"R1\","
        + "\"credential\":{\"type\":\"IC_CARD\",\"value\":\""
        + card
        + "\"},\"amount\":"
        + amount
        + ",\"category\":\"FOOD\",\"items\":[{\"code\":\"K01\",\"name\":\"唐揚げ定食\","
        + "\"quantity\":1,\"unitPrice\":"
        + amount
        + "}]}";
  }

  /** A 100-yen payment with TARO's card that the register says it took {@code ago}. */
  private static String queued(Duration ago) {
    return payment(TARO, "100")
        .replace("}]}", "}],\"occurredAt\":\"" + Instant.now().minus(ago) + "\"}");
  }

  private static Http.Response post(String path, String body, String idempotencyKey) {
    return Http.postJson(
        path, body, "Authorization", "Bearer " + KEY, "Idempotency-Key", idempotencyKey);
  }

  private static JsonDoc json(Http.Response r) {
    return JsonDoc.parse(r.body());
  }

  @Test
  void theContractsRefusalsNameTheirReason() {
    Http.Response noKey =
        Http.postJson("/api/v1/payments", payment(TARO, "480"), "Idempotency-Key", "k1");
    assertEquals(401, noKey.status());
    assertEquals("BAD_API_KEY", json(noKey).getString("reason"));
    Http.Response revokedLooking =
        Http.postJson(
            "/api/v1/payments",
            payment(TARO, "480"),
            "Authorization",
            "Bearer kr_demohokutocaf_wrong",
            "Idempotency-Key",
            "k1");
    assertEquals(401, revokedLooking.status());

    Http.Response noIdempotency =
        Http.postJson("/api/v1/payments", payment(TARO, "480"), "Authorization", "Bearer " + KEY);
    assertEquals(400, noIdempotency.status());
    assertEquals("MISSING", json(noIdempotency).getObject("invalid").getString("Idempotency-Key"));
    Http.Response counterKey = post("/api/v1/payments", payment(TARO, "480"), "1");
    assertEquals(
        400, counterKey.status(), "the contract's key is a UUID, not a register's counter");
    assertEquals("NOT_A_UUID", json(counterKey).getObject("invalid").getString("Idempotency-Key"));
    Http.Response lowerCaseScheme =
        Http.postJson(
            "/api/v1/payments",
            payment(TARO, "480"),
            "Authorization",
            "bearer " + KEY,
            "Idempotency-Key",
            "k1");
    assertEquals(400, lowerCaseScheme.status(), "the scheme's name is case-insensitive: past 401");

    Http.Response asString = post("/api/v1/payments", payment(TARO, "\"480\""), uuid());
    assertEquals(400, asString.status());
    assertEquals("NOT_A_NUMBER", json(asString).getObject("invalid").getString("amount"));
    Http.Response notJson = post("/api/v1/payments", "{\"amount\": ", uuid());
    assertEquals("NOT_JSON", json(notJson).getObject("invalid").getString("body"));
    assertTrue(!notJson.body().contains("Exception"), "no stack trace: " + notJson.body());
    Http.Response asForm =
        Http.postForm(
            "/api/v1/payments",
            payment(TARO, "480"),
            "Authorization",
            "Bearer " + KEY,
            "Idempotency-Key",
            uuid());
    assertEquals(415, asForm.status(), asForm.body());
    assertEquals("UNSUPPORTED_MEDIA_TYPE", json(asForm).getString("error"), "as the document says");
    assertTrue(!json(asForm).getString("reason").isBlank(), asForm.body());
    Http.Response asGet = Http.get("/api/v1/payments", "Authorization", "Bearer " + KEY);
    assertEquals(405, asGet.status(), asGet.body());
    assertEquals("METHOD_NOT_ALLOWED", json(asGet).getString("error"));
    assertTrue(asGet.header("Allow").orElse("").contains("POST"), "names the method it takes");

    Http.Response longNumber =
        post("/api/v1/payments", payment(TARO, "1" + "0".repeat(5_000)), uuid());
    assertEquals(400, longNumber.status(), longNumber.body());
    assertEquals("NUMBER_TOO_LONG", json(longNumber).getObject("invalid").getString("body"));
    Http.Response otherStore =
        post("/api/v1/payments", payment(TARO, "480").replace("HOKUTO-CAFE", "NOSUCH"), uuid());
    assertEquals(400, otherStore.status(), otherStore.body());
    assertEquals(
        "NOT_THIS_REGISTERS_STORE", json(otherStore).getObject("invalid").getString("storeCode"));

    Http.Response aheadOfTime = post("/api/v1/payments", queued(Duration.ofHours(-1)), uuid());
    assertEquals(400, aheadOfTime.status(), aheadOfTime.body());
    assertEquals("IN_FUTURE", json(aheadOfTime).getObject("invalid").getString("occurredAt"));
    Http.Response queuedTooLong = post("/api/v1/payments", queued(Duration.ofDays(8)), uuid());
    assertEquals(400, queuedTooLong.status(), queuedTooLong.body());
    assertEquals("TOO_OLD", json(queuedTooLong).getObject("invalid").getString("occurredAt"));
    Http.Response queuedOverTheWeekend =
        post("/api/v1/payments", queued(Duration.ofDays(3)), uuid());
    assertEquals(201, queuedOverTheWeekend.status(), queuedOverTheWeekend.body());

    Http.Response unknownCard = post("/api/v1/payments", payment("04FFFFFFFFFFFF", "480"), uuid());
    assertEquals(402, unknownCard.status());
    assertEquals("UNKNOWN_CREDENTIAL", json(unknownCard).getString("reason"));
    Http.Response forgedCode =
        post(
            "/api/v1/payments",
            payment(TARO, "480")
                .replace("\"IC_CARD\",\"value\":\"" + TARO, "\"APP_CODE\",\"value\":\"KM1.forged"),
            uuid());
    assertEquals(402, forgedCode.status(), forgedCode.body());
    assertEquals("UNKNOWN_CREDENTIAL", json(forgedCode).getString("reason"));
  }

  @Test
  void aPaymentIsMadeOnceWhateverTheRetriesAndCanBeRefunded() {
    String key = uuid();
    Http.Response paid = post("/api/v1/payments", payment(TARO, "480"), key);
    assertEquals(201, paid.status(), paid.body());
    JsonDoc body = json(paid);
    assertEquals(480, body.getObject("byPurse").getLong("CAFETERIA"), "before BASE");
    assertEquals(2, body.getLong("pointsEarned"), "0.5% of 480, rounded down");

    Http.Response retried = post("/api/v1/payments", payment(TARO, "480"), key);
    assertEquals(201, retried.status());
    assertEquals(paid.body(), retried.body(), "the first answer replayed, not a second payment");
    Http.Response upperCase =
        post("/api/v1/payments", payment(TARO, "480"), key.toUpperCase(java.util.Locale.ROOT));
    assertEquals(
        paid.body(),
        upperCase.body(),
        "a UUID is one key in either case: replayed, not paid again");
    Http.Response reused = post("/api/v1/payments", payment(TARO, "500"), key);
    assertEquals(409, reused.status());
    assertEquals("IDEMPOTENCY_KEY_REUSED", json(reused).getString("reason"));

    long id = body.getLong("paymentId");
    Http.Response refund =
        post("/api/v1/payments/" + id + "/refund", "{\"amount\":480,\"reason\":\"注文違い\"}", uuid());
    assertEquals(201, refund.status(), refund.body());
    assertEquals(
        body.getObject("balances").getLong("CAFETERIA") + 480,
        json(refund).getObject("balances").getLong("CAFETERIA"));
  }

  @Test
  void requestsSentAtOnceWithOneKeyMakeOnePayment() throws Exception {
    long before = spendable(post("/api/v1/payments", payment(TARO, "100"), uuid()));
    String key = uuid();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Http.Response>> sent = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sent.add(
          pool.submit(
              () -> {
                gate.await();
                return post("/api/v1/payments", payment(TARO, "300"), key);
              }));
    }
    gate.countDown();
    Set<String> answers = new HashSet<>();
    for (Future<Http.Response> f : sent) {
      Http.Response r = f.get(60, TimeUnit.SECONDS);
      assertEquals(201, r.status(), r.body());
      answers.add(r.body());
    }
    pool.shutdown();
    assertEquals(1, answers.size(), "every request got the one payment's answer: " + answers);

    long after = spendable(post("/api/v1/payments", payment(TARO, "100"), uuid()));
    assertEquals(before - 300 - 100, after, "300 yen left the purses once, not eight times");
  }

  /** What the purses hold for spending after a payment, from its answer (points apart). */
  private static long spendable(Http.Response paid) {
    assertEquals(201, paid.status(), paid.body());
    JsonDoc balances = json(paid).getObject("balances");
    long sum = 0;
    for (String purse : new String[] {"BASE", "CAFETERIA", "MEAL", "TEXTBOOK"}) {
      sum += balances.containsKey(purse) ? balances.getLong(purse) : 0;
    }
    return sum;
  }

  @Test
  void theContractIsPublishedAtOpenapi() {
    Http.Response doc = Http.get("/openapi");
    assertEquals(200, doc.status());
    for (String part :
        new String[] {"/api/v1/payments", "Idempotency-Key", "INSUFFICIENT_FUNDS", "byPurse"}) {
      assertTrue(doc.body().contains(part), part + " in /openapi");
    }
  }

  @Test
  void aConvenienceStoreNoticeWithoutTheRightSignatureIsRefused() {
    String body =
        "{\"noticeId\":\"n1\",\"slipNumber\":\"12345678901\",\"kind\":\"CONFIRMED\",\"amount\":1000}";
    Http.Response unsigned = Http.postJson("/api/v1/konbini/notices", body);
    assertEquals(401, unsigned.status());
    assertEquals("BAD_SIGNATURE", json(unsigned).getString("reason"));
    Http.Response forged =
        Http.postJson(
            "/api/v1/konbini/notices",
            body,
            "X-Kumiai-Signature",
            "sha256=0000000000000000000000000000000000000000000000000000000000000000");
    assertEquals(401, forged.status());

    String negative = body.replace("1000", "-1000");
    Http.Response refused =
        Http.postJson("/api/v1/konbini/notices", negative, "X-Kumiai-Signature", signed(negative));
    assertEquals(400, refused.status(), refused.body());
    assertEquals("NOT_POSITIVE", json(refused).getObject("invalid").getString("amount"));
    Http.Response unknownSlip =
        Http.postJson("/api/v1/konbini/notices", body, "X-Kumiai-Signature", signed(body));
    assertEquals(404, unknownSlip.status(), unknownSlip.body());
    assertEquals("UNKNOWN_SLIP", json(unknownSlip).getString("result"));
  }

  /** Signed as the aggregator signs, with the secret the end-to-end server is given. */
  private static String signed(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(System.getProperty("kumiai.konbini.secret")),
              "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
