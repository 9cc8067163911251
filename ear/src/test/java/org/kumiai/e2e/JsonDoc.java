package org.kumiai.e2e;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * A parsed JSON object, read strictly: a missing or mistyped field fails the test.
 *
 * <p>Parsed with Selenium's JSON reader, already on the test class path for the browser tests, so
 * the HTTP tests need no JSON library of their own.
 */
public final class JsonDoc {

  private static final Json JSON = new Json();

  private final Map<String, Object> map;

  private JsonDoc(Map<String, Object> map) {
    this.map = map;
  }

  /** Parses a JSON object; anything else (an array, HTML, broken JSON) fails. */
  public static JsonDoc parse(String text) {
    Object value;
    try {
      value = JSON.toType(text, Object.class);
    } catch (RuntimeException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new AssertionError("not a JSON object: " + text);
    }
    return of(m);
  }

  @SuppressWarnings("unchecked")
  private static JsonDoc of(Object value) {
    return new JsonDoc((Map<String, Object>) value);
  }

  public boolean containsKey(String key) {
    return map.containsKey(key);
  }

  public String getString(String key) {
    return typed(key, String.class);
  }

  public String getString(String key, String otherwise) {
    Object v = map.get(key);
    return v instanceof String s ? s : otherwise;
  }

  /** A whole number (an integral JSON number, as yen and ids are). */
  public long getLong(String key) {
    return typed(key, Number.class).longValue();
  }

  public boolean getBoolean(String key) {
    return typed(key, Boolean.class);
  }

  public JsonDoc getObject(String key) {
    return of(typed(key, Map.class));
  }

  /** An array of objects. */
  public List<JsonDoc> getArray(String key) {
    List<?> list = typed(key, List.class);
    for (Object item : list) {
      if (!(item instanceof Map)) {
        throw new AssertionError(key + " holds a non-object " + item + " in " + map);
      }
    }
    return list.stream().map(JsonDoc::of).toList();
  }

  private <T> T typed(String key, Class<T> type) {
    Object v = map.get(key);
    if (!type.isInstance(v)) {
      throw new AssertionError(
          "field "
              + key
              + " is "
              + (v == null ? "missing" : v.getClass().getSimpleName())
              + ", not "
              + type.getSimpleName()
              + ", in "
              + map);
    }
    return type.cast(v);
  }

  @Override
  public String toString() {
    return map.toString();
  }
}
