package org.kumiai.e2e.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.JsonDoc;

/** {@code /api/v1/coops} and {@code /api/v1/coops/{code}/stores} against the demo data. */
class StoreDirectoryApiIT {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final List<String> SHOP_HOURS =
      List.of(
          "MONDAY 10:00-18:00",
          "TUESDAY 10:00-18:00",
          "WEDNESDAY 10:00-18:00",
          "THURSDAY 10:00-18:00",
          "FRIDAY 10:00-18:00",
          "SATURDAY 11:00-15:00");
  private static final List<String> BOOKSTORE_HOURS =
      List.of(
          "MONDAY 10:00-17:00",
          "TUESDAY 10:00-17:00",
          "WEDNESDAY 10:00-17:00",
          "THURSDAY 10:00-17:00",
          "FRIDAY 10:00-17:00");

  private static List<String> cafeteriaHours(boolean lateFriday) {
    List<String> hours = new ArrayList<>();
    for (DayOfWeek day :
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
      hours.add(day + " 08:00-10:00");
      hours.add(day + " 11:00-14:00");
      hours.add(day + " 17:00-20:00");
    }
    hours.add("FRIDAY 08:00-10:00");
    hours.add("FRIDAY 11:00-14:00");
    if (lateFriday) {
      hours.add("FRIDAY 17:00-01:00 (next day)");
    }
    hours.add("SATURDAY 11:00-14:00");
    hours.add("SUNDAY 11:00-13:30");
    return hours;
  }

  @Test
  void coopsListsTheThreeCoopsInBothLanguages() {
    Http.Response r = Http.get("/api/v1/coops");
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/json"), r::toString);
    List<JsonDoc> coops = JsonDoc.parse(r.body()).getArray("coops");
    assertEquals(
        List.copyOf(DirectoryApi.COOPS.keySet()),
        coops.stream().map(c -> c.getString("code")).toList(),
        r::toString);
    for (JsonDoc coop : coops) {
      List<String> names = DirectoryApi.COOPS.get(coop.getString("code"));
      assertEquals(names.get(0), coop.getObject("name").getString("ja"), coop::toString);
      assertEquals(names.get(1), coop.getObject("name").getString("en"), coop::toString);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HOKUTO", "SETOUCHI", "WAKABA"})
  void eachCoopHasAShopABookstoreAndACafeteriaWithTheirWeek(String code) {
    JsonDoc body = DirectoryApi.stores(code);
    JsonDoc coop = body.getObject("coop");
    assertEquals(code, coop.getString("code"));
    assertEquals(DirectoryApi.COOPS.get(code).get(0), coop.getObject("name").getString("ja"));
    assertEquals(DirectoryApi.COOPS.get(code).get(1), coop.getObject("name").getString("en"));

    OffsetDateTime asOf = OffsetDateTime.parse(body.getString("asOf"));
    assertEquals(ZoneOffset.ofHours(9), asOf.getOffset(), "asOf in Japan time: " + asOf);
    assertTrue(
        Duration.between(asOf.toInstant(), Instant.now()).abs().compareTo(Duration.ofMinutes(2))
            < 0,
        "asOf is now: " + asOf);

    List<JsonDoc> stores = body.getArray("stores");
    assertEquals(
        DirectoryApi.STORES.get(code), stores.stream().map(s -> s.getString("code")).toList());
    assertEquals(
        List.of("SHOP", "BOOKSTORE", "CAFETERIA"),
        stores.stream().map(s -> s.getString("kind")).toList());
    for (JsonDoc store : stores) {
      for (String field : List.of("name", "location")) {
        JsonDoc text = store.getObject(field);
        assertFalse(text.getString("ja").isBlank(), field + " ja of " + store);
        assertFalse(text.getString("en").isBlank(), field + " en of " + store);
        assertNotEquals(text.getString("ja"), text.getString("en"), field + " of " + store);
      }
      assertTrue(store.getString("phone").matches("[0-9-]{10,13}"), store::toString);
      List<String> expected =
          switch (store.getString("kind")) {
            case "SHOP" -> SHOP_HOURS;
            case "BOOKSTORE" -> BOOKSTORE_HOURS;
            default -> cafeteriaHours(store.getString("code").equals("WAKABA-CAFE"));
          };
      assertEquals(expected, hours(store), "weekly hours of " + store.getString("code"));
    }
  }

  @Test
  void wakabaStoresAreNamedInBothLanguages() {
    List<JsonDoc> stores = DirectoryApi.stores("WAKABA").getArray("stores");
    assertEquals(
        List.of("若葉ショップ", "ブックセンター", "若葉ダイニング"),
        stores.stream().map(s -> s.getObject("name").getString("ja")).toList());
    assertEquals(
        List.of("Wakaba Shop", "Book Center", "Wakaba Dining"),
        stores.stream().map(s -> s.getObject("name").getString("en")).toList());
  }

  @Test
  void onlyWakabaCafeteriaFridayPassesMidnight() {
    List<String> overnight = new ArrayList<>();
    for (String coop : DirectoryApi.COOPS.keySet()) {
      for (JsonDoc store : DirectoryApi.stores(coop).getArray("stores")) {
        for (JsonDoc p : store.getArray("weeklyHours")) {
          if (p.getBoolean("passesMidnight")) {
            overnight.add(
                store.getString("code")
                    + " "
                    + p.getString("day")
                    + " "
                    + p.getString("opens")
                    + "-"
                    + p.getString("closes"));
          }
        }
      }
    }
    assertEquals(List.of("WAKABA-CAFE FRIDAY 17:00-01:00"), overnight);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HOKUTO", "SETOUCHI", "WAKABA"})
  void everyStoreHasTheComingYearEndClosure(String code) {
    JsonDoc body = DirectoryApi.stores(code);
    LocalDate today = OffsetDateTime.parse(body.getString("asOf")).toLocalDate();
    LocalDate first = LocalDate.of(today.getYear() - 1, Month.DECEMBER, 29);
    if (first.plusDays(5).isBefore(today)) {
      first = first.plusYears(1);
    }
    String expected = first + ".." + first.plusDays(5) + " 年末年始休業 / New Year holidays";
    List<String> missing = new ArrayList<>();
    for (JsonDoc store : body.getArray("stores")) {
      List<String> closures =
          store.getArray("closures").stream()
              .map(
                  c ->
                      c.getString("firstDay")
                          + ".."
                          + c.getString("lastDay")
                          + " "
                          + c.getObject("reason").getString("ja")
                          + " / "
                          + c.getObject("reason").getString("en"))
              .toList();
      if (!closures.contains(expected)) {
        missing.add(store.getString("code") + " has " + closures);
      }
    }
    assertEquals(List.of(), missing, "stores without " + expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HOKUTO", "SETOUCHI", "WAKABA"})
  void closuresAreUpcomingAndSoonestFirst(String code) {
    JsonDoc body = DirectoryApi.stores(code);
    LocalDate today = OffsetDateTime.parse(body.getString("asOf")).toLocalDate();
    for (JsonDoc store : body.getArray("stores")) {
      LocalDate previous = LocalDate.MIN;
      for (JsonDoc c : store.getArray("closures")) {
        LocalDate first = LocalDate.parse(c.getString("firstDay"));
        LocalDate last = LocalDate.parse(c.getString("lastDay"));
        assertFalse(last.isBefore(first), c::toString);
        assertFalse(last.isBefore(today), "an ended closure is not listed: " + c);
        assertFalse(first.isBefore(previous), "soonest first: " + store);
        assertFalse(c.getObject("reason").getString("ja").isBlank(), c::toString);
        assertFalse(c.getObject("reason").getString("en").isBlank(), c::toString);
        previous = first;
        if (c.getObject("reason").getString("ja").equals("臨時休業（設備点検）")) {
          assertEquals("HOKUTO-CAFE", store.getString("code"), c::toString);
          assertEquals(first, last, "the inspection is one day: " + c);
          assertEquals("Closed for equipment inspection", c.getObject("reason").getString("en"));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HOKUTO", "SETOUCHI", "WAKABA"})
  void openNowAndItsNextChangeFollowTheWeeklyHours(String code) {
    JsonDoc body = DirectoryApi.stores(code);
    OffsetDateTime asOf = OffsetDateTime.parse(body.getString("asOf"));
    LocalDateTime tokyoNow = asOf.atZoneSameInstant(TOKYO).toLocalDateTime();
    for (JsonDoc store : body.getArray("stores")) {
      String name = store.getString("code");
      boolean open = store.getBoolean("openNow");
      OpeningModel.Status expected = OpeningModel.of(store).statusAt(tokyoNow);
      assertEquals(expected.open(), open, name + " open at " + asOf);

      Optional<OffsetDateTime> closesAt = time(store, "closesAt");
      Optional<OffsetDateTime> opensAt = time(store, "opensAt");
      if (open) {
        assertTrue(closesAt.isPresent(), "an open store says when it closes: " + store);
        assertTrue(opensAt.isEmpty(), "an open store has no opensAt: " + store);
      } else {
        assertTrue(closesAt.isEmpty(), "a closed store has no closesAt: " + store);
      }
      Optional<OffsetDateTime> change = open ? closesAt : opensAt;
      change.ifPresent(
          t -> {
            assertTrue(t.isAfter(asOf), name + " changes after asOf: " + t + " vs " + asOf);
            assertEquals(ZoneOffset.ofHours(9), t.getOffset(), name + ": " + t);
          });
      assertEquals(
          expected.changesAt(),
          change.map(t -> t.atZoneSameInstant(TOKYO).toLocalDateTime()),
          name + " next change, at " + asOf);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NOPE",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "hokuto",
        "HOKUTO-SHOP",
        "%22%3E%3Cimg%20src%3Dx%3E",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      })
  void anUnknownCoopIsA404WithAReason(String code) {
    Http.Response r = Http.get("/api/v1/coops/" + code + "/stores");
    assertEquals(404, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/json"), r::toString);
    JsonDoc error = JsonDoc.parse(r.body());
    assertEquals("COOP_NOT_FOUND", error.getString("error"));
    assertEquals("No co-op has this code", error.getString("reason"));
    assertFalse(r.body().contains("<script>"), r::toString);
    assertFalse(r.body().contains("<img"), r::toString);
    assertFalse(r.body().contains("Exception"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/v1/nothing", "/api/v1/coops/HOKUTO", "/api/v1/coops/HOKUTO/stores/x"})
  void anUnknownApiPathIsA404InJson(String path) {
    Http.Response r = Http.get(path);
    assertEquals(404, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/json"), r::toString);
    JsonDoc error = JsonDoc.parse(r.body());
    assertFalse(error.getString("error").isBlank(), r::toString);
    assertTrue(error.containsKey("reason"), r::toString);
    assertFalse(r.body().contains("<html"), r::toString);
  }

  private static List<String> hours(JsonDoc store) {
    return store.getArray("weeklyHours").stream()
        .map(
            p ->
                p.getString("day")
                    + " "
                    + p.getString("opens")
                    + "-"
                    + p.getString("closes")
                    + (p.getBoolean("passesMidnight") ? " (next day)" : ""))
        .toList();
  }

  /** A time of the answer, which is RFC 3339 in Japan time with its seconds. */
  private static Optional<OffsetDateTime> time(JsonDoc store, String field) {
    if (!store.containsKey(field)) {
      return Optional.empty();
    }
    String text = store.getString(field);
    assertTrue(text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00"), text);
    return Optional.of(OffsetDateTime.parse(text));
  }
}
