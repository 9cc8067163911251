package org.kumiai.web.wallet;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kumiai.service.wallet.KonbiniCharges;
import org.kumiai.service.wallet.KonbiniSecret;

/**
 * {@code POST /api/v1/konbini/notices}: the convenience-store aggregator's payment notices, signed
 * with HMAC-SHA256 over the body ({@code X-Kumiai-Signature: sha256=<hex>}; a bad one is 401).
 * Duplicates and notices out of order are normal and answered 200 without effect.
 */
@ApplicationScoped
@Path("konbini/notices")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class KonbiniNoticesResource {

  private static final Set<String> FIELDS = Set.of("noticeId", "slipNumber", "kind", "amount");
  private static final Set<String> KINDS = Set.of("PRELIMINARY", "CONFIRMED", "CANCELLED");

  @Inject private KonbiniSecret secret;
  @Inject private KonbiniCharges charges;

  @POST
  public Response notice(@HeaderParam("X-Kumiai-Signature") String signature, String body) {
    if (!secret.verifies(body == null ? "" : body, signature)) {
      return answer(401, JSON.createObjectBuilder().add("reason", "BAD_SIGNATURE").build());
    }
    JsonObject json;
    try {
      json = PaymentRequests.object(body);
    } catch (PaymentRequests.Invalid e) {
      return invalid(e.invalid());
    }
    Map<String, String> invalid = new LinkedHashMap<>();
    json.keySet().stream()
        .filter(k -> !FIELDS.contains(k))
        .forEach(k -> invalid.put(k, "UNKNOWN_FIELD"));
    String id = string(json, "noticeId", invalid);
    String slip = string(json, "slipNumber", invalid);
    String kind = string(json, "kind", invalid);
    if (kind != null && !KINDS.contains(kind)) {
      invalid.put("kind", "UNKNOWN_KIND");
    }
    Long amount = PaymentRequests.yen(json, "amount", 1, PaymentRequests.MAX_AMOUNT, true, invalid);
    if (!invalid.isEmpty()) {
      return invalid(invalid);
    }
    KonbiniCharges.NoticeResult result = charges.notice(id, slip, kind, amount);
    int status =
        switch (result) {
          case UNKNOWN_SLIP -> 404;
          case AMOUNT_MISMATCH -> 409;
          default -> 200;
        };
    return answer(status, JSON.createObjectBuilder().add("result", result.name()).build());
  }

  private static String string(JsonObject json, String field, Map<String, String> invalid) {
    JsonValue v = json.get(field);
    if (v == null
        || v.getValueType() != JsonValue.ValueType.STRING
        || json.getString(field).isBlank()
        || json.getString(field).length() > 64) {
      invalid.put(field, v == null ? "MISSING" : "MALFORMED");
      return null;
    }
    return json.getString(field);
  }

  private static Response invalid(Map<String, String> fields) {
    var b = JSON.createObjectBuilder();
    fields.forEach(b::add);
    return answer(
        400, JSON.createObjectBuilder().add("reason", "INVALID_REQUEST").add("invalid", b).build());
  }

  private static Response answer(int status, JsonObject body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body.toString())
        .build();
  }
}
