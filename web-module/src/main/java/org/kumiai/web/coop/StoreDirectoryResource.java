package org.kumiai.web.coop;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.kumiai.domain.coop.Closure;
import org.kumiai.domain.coop.OpeningPeriod;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.coop.StoreView;
import org.kumiai.web.shell.ApiError;

/** {@code GET /api/v1/coops} and {@code /api/v1/coops/{code}/stores}: the store directory. */
@Path("coops")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StoreDirectoryResource {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");

  @Inject private StoreDirectory directory;
  @Inject private Clock clock;

  @GET
  public JsonObject coops() {
    JsonArrayBuilder coops = JSON.createArrayBuilder();
    directory.coops().forEach(c -> coops.add(coop(c)));
    return JSON.createObjectBuilder().add("coops", coops).build();
  }

  @GET
  @Path("{coopCode}/stores")
  public Response stores(@PathParam("coopCode") String coopCode) {
    // The code is not echoed back: the reason must be safe whatever was typed.
    CoopView coop =
        CODE.matcher(coopCode).matches() ? directory.findCoop(coopCode).orElse(null) : null;
    if (coop == null) {
      return ApiError.of(404, "COOP_NOT_FOUND", "No co-op has this code");
    }
    Instant now = clock.instant();
    JsonArrayBuilder stores = JSON.createArrayBuilder();
    directory.storesOf(coop.code(), now).forEach(s -> stores.add(store(s)));
    return Response.ok(
            JSON.createObjectBuilder()
                .add("coop", coop(coop))
                .add("asOf", tokyo(now))
                .add("stores", stores)
                .build())
        .build();
  }

  private static JsonObjectBuilder coop(CoopView c) {
    return JSON.createObjectBuilder().add("code", c.code()).add("name", text(c.name()));
  }

  private static JsonObjectBuilder store(StoreView s) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("code", s.code())
            .add("kind", s.kind().name())
            .add("name", text(s.name()))
            .add("location", text(s.location()))
            .add("openNow", s.status().open());
    if (s.phone() != null) {
      json.add("phone", s.phone());
    }
    s.status()
        .changesAt()
        .ifPresent(t -> json.add(s.status().open() ? "closesAt" : "opensAt", tokyo(t)));
    JsonArrayBuilder hours = JSON.createArrayBuilder();
    for (OpeningPeriod p : s.weeklyPeriods()) {
      hours.add(
          JSON.createObjectBuilder()
              .add("day", p.day().name())
              .add("opens", p.opens().toString())
              .add("closes", p.closes().toString())
              .add("passesMidnight", p.passesMidnight()));
    }
    JsonArrayBuilder closures = JSON.createArrayBuilder();
    for (Closure c : s.upcomingClosures()) {
      closures.add(
          JSON.createObjectBuilder()
              .add("firstDay", c.firstDay().toString())
              .add("lastDay", c.lastDay().toString())
              .add("reason", text(c.reason())));
    }
    return json.add("weeklyHours", hours).add("closures", closures);
  }

  private static JsonObjectBuilder text(LocalizedText t) {
    return JSON.createObjectBuilder().add("ja", t.ja()).add("en", t.en());
  }

  /**
   * RFC 3339 in Japan time, seconds always written: {@code OffsetDateTime.toString()} leaves out
   * zero seconds ("18:00+09:00"), which strict parsers refuse.
   */
  private static String tokyo(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(instant, CoopTime.ZONE));
  }
}
