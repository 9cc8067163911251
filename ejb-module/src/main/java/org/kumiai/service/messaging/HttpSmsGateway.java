package org.kumiai.service.messaging;

import static org.kumiai.service.platform.JsonFactory.JSON;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A telephone company's HTTP API: POST {"to", "type": "sms"|"voice", "text"} with a bearer token;
 * any 2xx means accepted. Most Japanese SMS aggregators take this shape; a different one needs only
 * another implementation of {@link SmsGateway}.
 */
class HttpSmsGateway implements SmsGateway {

  private final HttpClient client;
  private final URI endpoint;
  private final String token;
  private final Duration timeout;

  HttpSmsGateway(URI endpoint, String token, Duration timeout) {
    this.endpoint = endpoint;
    this.token = token;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void sendText(String e164, String text) throws GatewayException {
    post(e164, "sms", text);
  }

  @Override
  public void call(String e164, String speech) throws GatewayException {
    post(e164, "voice", speech);
  }

  private void post(String to, String type, String text) throws GatewayException {
    String body =
        JSON.createObjectBuilder()
            .add("to", to)
            .add("type", type)
            .add("text", text)
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new GatewayException(
            "gateway answered " + response.statusCode() + ": " + abbreviate(response.body()));
      }
    } catch (IOException e) {
      throw new GatewayException("gateway unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayException("interrupted", e);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200);
  }
}
