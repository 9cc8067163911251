package org.kumiai.service.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP SMS adapter against a real HTTP server on loopback. */
class HttpSmsGatewayTest {

  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(202);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/messages",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] answer = "{\"error\":\"rejected\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpSmsGateway gateway() {
    return new HttpSmsGateway(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/messages"),
        "secret-token",
        Duration.ofSeconds(2));
  }

  @Test
  void aTextIsPostedAsJsonWithTheToken() throws Exception {
    gateway().sendText("+819011110001", "【大学生協】確認コード 123456");

    assertEquals(
        List.of("{\"to\":\"+819011110001\",\"type\":\"sms\",\"text\":\"【大学生協】確認コード 123456\"}"),
        bodies);
    assertEquals(List.of("Bearer secret-token"), authorizations);
  }

  @Test
  void aCallIsPostedAsVoice() throws Exception {
    gateway().call("+819011110001", "確認コードは 1、2、3");

    assertTrue(bodies.get(0).contains("\"type\":\"voice\""), bodies.toString());
  }

  @Test
  void aRefusalCarriesTheStatusAndAnswer() {
    status.set(429);

    SmsGateway.GatewayException e =
        assertThrows(
            SmsGateway.GatewayException.class, () -> gateway().sendText("+819011110001", "x"));
    assertTrue(
        e.getMessage().contains("429") && e.getMessage().contains("rejected"), e.getMessage());
  }

  @Test
  void anUnreachableGatewayIsAFailureNotAHang() {
    server.stop(0);

    assertThrows(SmsGateway.GatewayException.class, () -> gateway().sendText("+819011110001", "x"));
  }
}
