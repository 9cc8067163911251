package org.kumiai.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Plain HTTP against the running application ({@code kumiai.url}). Redirects are never followed, so
 * a test sees the 302 and its Location itself; no cookies are kept between calls.
 */
public final class Http {

  // HTTP/1.1, as registers and browsers speak to the server: the JDK's default first offers an
  // upgrade to HTTP/2 over plain HTTP (h2c), and Grizzly then at times waited for a POST's body on
  // the new stream until its read timed out (RegisterApiIT's eight requests sent at once, 30 s).
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Http() {}

  /** The application's base URL, without a trailing slash. */
  public static String base() {
    String url = System.getProperty("kumiai.url", "http://localhost:18080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * GET {@code path} (already URL-encoded where needed) with header name/value pairs.
   *
   * @param headers alternating names and values, e.g. {@code "Cookie", "kumiai-lang=en"}
   */
  public static Response get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), path, headers);
  }

  /** POST a form body ({@code a=1&b=2}, already URL-encoded) to {@code path}. */
  public static Response postForm(String path, String form, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)),
        path,
        headers);
  }

  /** POST a JSON body to {@code path}. */
  public static Response postJson(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        path,
        headers);
  }

  /**
   * POST {@code body} to {@code path} chunked, without a Content-Length, as no browser sends a form
   * but any client may.
   */
  public static Response postChunked(
      String path, String contentType, byte[] body, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
        path,
        headers);
  }

  private static Response send(HttpRequest.Builder request, String path, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come in name/value pairs");
    }
    request.timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(
          response.statusCode(),
          response.headers(),
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path + " interrupted", e);
    }
  }

  /**
   * Sends {@code GET requestTarget} exactly as given over a plain socket (HTTP/1.0, so the body is
   * never chunked), for targets that java.net.URI refuses, such as a raw {@code <script>} in the
   * query. Returns the status line's code and the raw response text (headers and body).
   */
  public static RawResponse raw(String requestTarget, String... headers) {
    URI uri = URI.create(base());
    int port = uri.getPort() == -1 ? 80 : uri.getPort();
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(requestTarget).append(" HTTP/1.0\r\n");
    request.append("Host: ").append(uri.getHost()).append(':').append(port).append("\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String[] statusLine = text.substring(0, Math.max(0, text.indexOf("\r\n"))).split(" ");
      int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      return new RawResponse(status, head, body);
    } catch (IOException e) {
      throw new IllegalStateException("raw GET " + requestTarget + " failed", e);
    }
  }

  /** What {@link #raw} read: the status, the header block as text, and the body. */
  public record RawResponse(int status, String head, String body) {}

  /** Status, headers and body (decoded as UTF-8) of one response. */
  public record Response(int status, java.net.http.HttpHeaders headers, String body) {

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /** Every value of a header that may repeat (Set-Cookie, Content-Security-Policy). */
    public List<String> all(String name) {
      return headers.allValues(name);
    }

    /** Content-Type, or "" when absent. */
    public String contentType() {
      return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      String shown = body.length() > 600 ? body.substring(0, 600) + "…" : body;
      return "HTTP " + status + " " + headers.map() + "\n" + shown;
    }
  }
}
