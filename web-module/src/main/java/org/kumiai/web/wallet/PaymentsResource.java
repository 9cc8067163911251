package org.kumiai.web.wallet;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.kumiai.service.wallet.ApiAnswer;
import org.kumiai.service.wallet.PaymentCommand;
import org.kumiai.service.wallet.RegisterCallers;
import org.kumiai.service.wallet.RegisterPayments;
import org.kumiai.service.wallet.RegisterView;

/**
 * The register API (contract in {@code META-INF/openapi.yaml}, served at {@code /openapi}): {@code
 * POST /api/v1/payments} and {@code POST /api/v1/payments/{id}/refund}, each with a register's
 * bearer key and an Idempotency-Key.
 */
// One instance for all requests: a resource made per request is analysed for injection each time
// by Jersey (README "Benchmarks").
@ApplicationScoped
@Path("payments")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  /** The contract's Idempotency-Key: a UUID, in either case. */
  private static final Pattern KEY =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * The Idempotency-Key as one spelling of its UUID, read case-insensitively (RFC 9562), so one key
   * however the register writes it; null when it is missing or not a UUID.
   */
  private static String uuidKey(String key) {
    return key == null || !KEY.matcher(key).matches() ? null : key.toLowerCase(Locale.ROOT);
  }

  /** How long a request waits for a concurrent one with the same key to finish. */
  private static final int WAIT_STEPS = 100;

  @Inject private RegisterCallers callers;
  @Inject private RegisterPayments payments;

  @POST
  public Response pay(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Idempotency-Key") String key,
      String body) {
    Optional<RegisterView> caller = register(authorization);
    if (caller.isEmpty()) {
      return unauthorized();
    }
    String sameKey = uuidKey(key);
    if (sameKey == null) {
      return badKey(key);
    }
    PaymentRequests.Parsed<PaymentCommand> parsed;
    try {
      parsed = PaymentRequests.payment(body);
    } catch (PaymentRequests.Invalid e) {
      return invalid(e.invalid());
    }
    RegisterView register = caller.get();
    String hash = RequestHash.of("POST /payments", parsed.canonical());
    return once(
        register, sameKey, hash, () -> payments.pay(register, sameKey, hash, parsed.command()));
  }

  @POST
  @Path("{paymentId}/refund")
  public Response refund(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Idempotency-Key") String key,
      @PathParam("paymentId") String paymentId,
      String body) {
    Optional<RegisterView> caller = register(authorization);
    if (caller.isEmpty()) {
      return unauthorized();
    }
    String sameKey = uuidKey(key);
    if (sameKey == null) {
      return badKey(key);
    }
    long payment;
    try {
      payment = Long.parseLong(paymentId);
    } catch (NumberFormatException e) {
      return answer(new ApiAnswer(404, reason("UNKNOWN_PAYMENT").build().toString()));
    }
    PaymentRequests.Parsed<PaymentRequests.Refund> parsed;
    try {
      parsed = PaymentRequests.refund(body);
    } catch (PaymentRequests.Invalid e) {
      return invalid(e.invalid());
    }
    RegisterView register = caller.get();
    String hash = RequestHash.of("POST /payments/" + payment + "/refund", parsed.canonical());
    return once(
        register,
        sameKey,
        hash,
        () ->
            payments.refund(
                register,
                sameKey,
                hash,
                payment,
                parsed.command().amount(),
                parsed.command().reason()));
  }

  /**
   * Runs the work; if it failed because a concurrent request with the same key committed first (the
   * key's row is unique, so the second insert fails once the first commits), waits for that one's
   * answer and replays it. Any other failure is answered at once.
   */
  private Response once(RegisterView register, String key, String hash, Supplier<ApiAnswer> work) {
    try {
      return answer(work.get());
    } catch (EJBException | PersistenceException e) {
      if (!uniqueViolation(e)) {
        throw e;
      }
      for (int i = 0; i < WAIT_STEPS; i++) {
        Optional<ApiAnswer> replay = payments.replay(register, key, hash);
        if (replay.isPresent()) {
          return answer(replay.get());
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      // No answer appeared: the failure was not a concurrent claim of the key.
      throw e;
    }
  }

  /**
   * SQLSTATE 23505, as PostgreSQL and H2 report a duplicate key, anywhere in the causes or, for a
   * batch, in the statements' own exceptions.
   */
  static boolean uniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if ("23505".equals(s.getSQLState())) {
            return true;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private Optional<RegisterView> register(String authorization) {
    // The scheme's name is case-insensitive (RFC 9110), the key itself is not.
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return callers.authenticate(authorization.substring("Bearer ".length()).strip());
  }

  private static Response answer(ApiAnswer answer) {
    return Response.status(answer.status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(answer.body())
        .build();
  }

  private static Response unauthorized() {
    return Response.status(401)
        .header("WWW-Authenticate", "Bearer realm=\"registers\"")
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(reason("BAD_API_KEY").build().toString())
        .build();
  }

  private static Response badKey(String key) {
    return invalid(Map.of("Idempotency-Key", key == null ? "MISSING" : "NOT_A_UUID"));
  }

  private static Response invalid(Map<String, String> fields) {
    JsonObjectBuilder invalid = JSON.createObjectBuilder();
    fields.forEach(invalid::add);
    return answer(
        new ApiAnswer(400, reason("INVALID_REQUEST").add("invalid", invalid).build().toString()));
  }

  private static JsonObjectBuilder reason(String reason) {
    return JSON.createObjectBuilder().add("reason", reason);
  }
}
