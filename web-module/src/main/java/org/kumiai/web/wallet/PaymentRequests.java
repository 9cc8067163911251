package org.kumiai.web.wallet;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kumiai.domain.shared.TypedText;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.Category;
import org.kumiai.service.wallet.PaymentCommand;

/**
 * Reads the register API's JSON exactly as the contract states it: no unknown fields, amounts as
 * whole-yen JSON integers, every problem named by its field. Pure, so every rule is a unit test.
 */
final class PaymentRequests {

  static final long MAX_AMOUNT = 10_000_000;
  private static final Set<String> PAYMENT_FIELDS =
      Set.of("storeCode", "registerId", "credential", "amount", "category", "items", "occurredAt");
  private static final Set<String> ITEM_FIELDS = Set.of("code", "name", "quantity", "unitPrice");
  private static final Set<String> REFUND_FIELDS = Set.of("amount", "reason");

  /** The request could not be read; {@code invalid} names each field and its problem. */
  static final class Invalid extends RuntimeException {
    private final Map<String, String> invalid;

    Invalid(Map<String, String> invalid) {
      super(invalid.toString());
      this.invalid = invalid;
    }

    Map<String, String> invalid() {
      return invalid;
    }
  }

  /** A parsed body and the canonical text its idempotency hash is taken over. */
  record Parsed<T>(T command, String canonical) {}

  private PaymentRequests() {}

  /**
   * The body with every object's fields in name order: a retry that writes the same fields in
   * another order (a register's JSON library may) is the same request.
   */
  static String canonical(JsonValue value) {
    return sorted(value).toString();
  }

  private static JsonValue sorted(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        new TreeMap<>(value.asJsonObject()).forEach((k, v) -> b.add(k, sorted(v)));
        yield b.build();
      }
      case ARRAY -> {
        JsonArrayBuilder b = JSON.createArrayBuilder();
        value.asJsonArray().forEach(v -> b.add(sorted(v)));
        yield b.build();
      }
      default -> value;
    };
  }

  static JsonObject object(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new Invalid(Map.of("body", "NOT_AN_OBJECT"));
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Invalid(Map.of("body", "NOT_JSON"));
    } catch (UnsupportedOperationException e) {
      // The JSON reader's own limit on a number's length (over a thousand digits).
      throw new Invalid(Map.of("body", "NUMBER_TOO_LONG"));
    }
  }

  static Parsed<PaymentCommand> payment(String body) {
    JsonObject json = object(body);
    Map<String, String> invalid = new LinkedHashMap<>();
    unknown(json, PAYMENT_FIELDS, "", invalid);
    String store = text(json, "storeCode", 16, true, invalid);
    String register = text(json, "registerId", 32, true, invalid);
    String type = null;
    String value = null;
    JsonValue credential = json.get("credential");
    if (credential == null || credential.getValueType() != JsonValue.ValueType.OBJECT) {
      invalid.put("credential", credential == null ? "MISSING" : "NOT_AN_OBJECT");
    } else {
      JsonObject c = credential.asJsonObject();
      unknown(c, Set.of("type", "value"), "credential.", invalid);
      type = text(c, "type", 16, true, invalid, "credential.type");
      if (type != null && !type.equals("IC_CARD") && !type.equals("APP_CODE")) {
        invalid.put("credential.type", "UNKNOWN_TYPE");
      }
      value = text(c, "value", 512, true, invalid, "credential.value");
    }
    Long amount = yen(json, "amount", 1, MAX_AMOUNT, true, invalid);
    Category category = null;
    String cat = text(json, "category", 8, true, invalid);
    if (cat != null) {
      try {
        category = Category.valueOf(cat);
      } catch (IllegalArgumentException e) {
        invalid.put("category", "UNKNOWN_CATEGORY");
      }
    }
    List<PaymentCommand.Item> items = items(json, invalid);
    Instant occurredAt = null;
    String at = text(json, "occurredAt", 40, false, invalid);
    if (at != null) {
      try {
        occurredAt = Instant.parse(at);
      } catch (DateTimeParseException e) {
        invalid.put("occurredAt", "NOT_AN_INSTANT");
      }
    }
    if (!invalid.isEmpty()) {
      throw new Invalid(invalid);
    }
    return new Parsed<>(
        new PaymentCommand(
            store, register, type, value, Yen.of(amount), category, items, occurredAt),
        canonical(json));
  }

  /** A refund: the amount (whole or part of the payment) and a reason. */
  record Refund(Yen amount, String reason) {}

  static Parsed<Refund> refund(String body) {
    JsonObject json = object(body);
    Map<String, String> invalid = new LinkedHashMap<>();
    unknown(json, REFUND_FIELDS, "", invalid);
    Long amount = yen(json, "amount", 1, MAX_AMOUNT, true, invalid);
    String reason = text(json, "reason", 100, true, invalid);
    if (!invalid.isEmpty()) {
      throw new Invalid(invalid);
    }
    return new Parsed<>(new Refund(Yen.of(amount), reason), canonical(json));
  }

  /**
   * The lines sold, which the contract requires: what the cafeteria's nutrition history and the
   * purchases page show, and what a refund or a dispute is checked against.
   */
  private static List<PaymentCommand.Item> items(JsonObject json, Map<String, String> invalid) {
    JsonValue v = json.get("items");
    if (v == null || v == JsonValue.NULL) {
      invalid.put("items", "MISSING");
      return List.of();
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      invalid.put("items", "NOT_AN_ARRAY");
      return List.of();
    }
    JsonArray array = v.asJsonArray();
    if (array.isEmpty()) {
      invalid.put("items", "EMPTY");
      return List.of();
    }
    if (array.size() > 200) {
      invalid.put("items", "TOO_MANY");
      return List.of();
    }
    List<PaymentCommand.Item> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "items[" + i + "].";
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        invalid.put("items[" + i + "]", "NOT_AN_OBJECT");
        continue;
      }
      JsonObject item = array.getJsonObject(i);
      unknown(item, ITEM_FIELDS, at, invalid);
      String code = text(item, "code", 32, true, invalid, at + "code");
      String name = text(item, "name", 100, true, invalid, at + "name");
      Long quantity = yen(item, "quantity", 1, 999, true, invalid, at + "quantity");
      Long price = yen(item, "unitPrice", 0, MAX_AMOUNT, true, invalid, at + "unitPrice");
      if (code != null && name != null && quantity != null && price != null) {
        items.add(new PaymentCommand.Item(code, name, quantity.intValue(), Yen.of(price)));
      }
    }
    return items;
  }

  private static void unknown(
      JsonObject json, Set<String> known, String prefix, Map<String, String> invalid) {
    json.keySet().stream()
        .filter(k -> !known.contains(k))
        .forEach(k -> invalid.put(prefix + k, "UNKNOWN_FIELD"));
  }

  private static String text(
      JsonObject json, String field, int max, boolean required, Map<String, String> invalid) {
    return text(json, field, max, required, invalid, field);
  }

  private static String text(
      JsonObject json,
      String field,
      int max,
      boolean required,
      Map<String, String> invalid,
      String name) {
    JsonValue v = json.get(field);
    if (v == null || v == JsonValue.NULL) {
      if (required) {
        invalid.put(name, "MISSING");
      }
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.STRING) {
      invalid.put(name, "NOT_A_STRING");
      return null;
    }
    String s = ((JsonString) v).getString().strip();
    if (s.isEmpty()) {
      invalid.put(name, "EMPTY");
      return null;
    }
    if (s.length() > max) {
      invalid.put(name, "TOO_LONG");
      return null;
    }
    if (TypedText.hasControl(s)) {
      invalid.put(name, "MALFORMED");
      return null;
    }
    return s;
  }

  static Long yen(
      JsonObject json,
      String field,
      long min,
      long max,
      boolean required,
      Map<String, String> invalid) {
    return yen(json, field, min, max, required, invalid, field);
  }

  /** A whole number within bounds; "1000" (a string), 1000.5 or 1e9 are named, not guessed. */
  private static Long yen(
      JsonObject json,
      String field,
      long min,
      long max,
      boolean required,
      Map<String, String> invalid,
      String name) {
    JsonValue v = json.get(field);
    if (v == null || v == JsonValue.NULL) {
      if (required) {
        invalid.put(name, "MISSING");
      }
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.NUMBER) {
      invalid.put(name, "NOT_A_NUMBER");
      return null;
    }
    JsonNumber n = (JsonNumber) v;
    if (!n.isIntegral()) {
      invalid.put(name, "NOT_WHOLE_YEN");
      return null;
    }
    // Compared as written: turning 1e999999 into an integer first would take the server's time.
    BigDecimal value = n.bigDecimalValue();
    if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
      invalid.put(name, min > 0 ? "NOT_POSITIVE" : "NEGATIVE");
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
      invalid.put(name, "TOO_LARGE");
      return null;
    }
    return value.longValueExact();
  }
}
