package org.kumiai.web.wallet;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.kumiai.service.wallet.KonbiniCharges;
import org.kumiai.service.wallet.KonbiniSecret;
import org.kumiai.service.wallet.SlipView;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /dev/konbini} (demo mode): the convenience-store aggregator's simulator. It sends signed
 * notices for the live slips to this server's own notice API over real HTTP, as the aggregator
 * would — a preliminary one, a confirmation, the same confirmation again, a late cancellation — so
 * the whole flow can be shown.
 */
@Named
@RequestScoped
public class DevKonbiniBacking {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject private KonbiniCharges charges;
  @Inject private KonbiniSecret secret;

  private List<SlipView> slips;

  public List<SlipView> getSlips() {
    if (slips == null) {
      slips = charges.issued();
    }
    return slips;
  }

  /**
   * Sends notice {@code kind} for the slip; the id repeats per kind, so resending is a duplicate.
   */
  public void send(String number, long amount, String kind) {
    String body =
        JSON.createObjectBuilder()
            .add("noticeId", "sim-" + number + "-" + kind)
            .add("slipNumber", number)
            .add("kind", kind)
            .add("amount", amount)
            .build()
            .toString();
    // This server itself, on the port the page came in on (the aggregator would use the public
    // address; the simulator stays on the machine).
    String base = "http://localhost:" + Visitor.request().getLocalPort();
    try {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/konbini/notices"))
                  .header("Content-Type", "application/json")
                  .header("X-Kumiai-Signature", secret.sign(body))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Feedback.info("devKonbini.sent", kind, number, response.statusCode(), response.body());
    } catch (IOException e) {
      Feedback.error(null, "devKonbini.failed", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    slips = null;
  }
}
