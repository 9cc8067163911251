package org.kumiai.bench.mealplan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kumiai.bench.Percentiles;

/**
 * Times GETs of the member's pages one after the other (one member, one connection), with the
 * session's cookie and no redirect followed; each answer must be 200 and show the member's data, so
 * that a redirect to the sign-in page or an empty page cannot pass as fast.
 */
final class PageTimer {

  /** A page and what an answer must show: {@code marker} at least {@code min} times, and text. */
  record Page(String name, String path, String marker, int min, String mustContain) {}

  /** What the timed GETs of one page saw: latencies, and how many answers failed the check. */
  record Timing(Page page, long[] sortedMicros, int failures, List<String> samples, int shown) {
    double p(double percentile) {
      return Percentiles.millis(sortedMicros, percentile);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;
  private final String cookie;

  PageTimer(String baseUrl, String cookie) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
  }

  /** {@code warmup} untimed then {@code count} timed GETs of each page, the pages taking turns. */
  List<Timing> time(List<Page> pages, int warmup, int count) throws Exception {
    for (int i = 0; i < warmup; i++) {
      for (Page p : pages) {
        get(p);
      }
    }
    List<long[]> micros = new ArrayList<>();
    List<int[]> failures = new ArrayList<>();
    List<List<String>> samples = new ArrayList<>();
    List<int[]> shown = new ArrayList<>();
    for (int k = 0; k < pages.size(); k++) {
      micros.add(new long[count]);
      failures.add(new int[1]);
      samples.add(new ArrayList<>());
      shown.add(new int[1]);
    }
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < pages.size(); k++) {
        Page p = pages.get(k);
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(p);
        micros.get(k)[i] = (System.nanoTime() - t0) / 1000;
        int found = count(r.body(), p.marker());
        shown.get(k)[0] = found;
        if (r.statusCode() != 200 || found < p.min() || !r.body().contains(p.mustContain())) {
          failures.get(k)[0]++;
          if (samples.get(k).size() < 2) {
            samples
                .get(k)
                .add(
                    r.statusCode()
                        + " "
                        + r.headers().firstValue("Location").orElse("")
                        + " "
                        + p.marker()
                        + " x"
                        + found);
          }
        }
      }
    }
    List<Timing> timings = new ArrayList<>();
    for (int k = 0; k < pages.size(); k++) {
      timings.add(
          new Timing(
              pages.get(k),
              Percentiles.sorted(micros.get(k)),
              failures.get(k)[0],
              samples.get(k),
              shown.get(k)[0]));
    }
    return timings;
  }

  /** One GET, untimed: the status and how often the page's marker shows. */
  String probe(Page p) throws Exception {
    HttpResponse<String> r = get(p);
    return String.format(
        Locale.ROOT,
        "%d, %s x%d, \"%s\" %s",
        r.statusCode(),
        p.marker(),
        count(r.body(), p.marker()),
        p.mustContain(),
        r.body().contains(p.mustContain()) ? "shown" : "MISSING");
  }

  private HttpResponse<String> get(Page p) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + p.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", cookie)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int count(String body, String marker) {
    Matcher m = Pattern.compile(Pattern.quote(marker)).matcher(body);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
