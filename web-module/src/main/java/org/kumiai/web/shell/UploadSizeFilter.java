package org.kumiai.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A file too large for the form it was posted to goes back to that form with {@code
 * upload=TOO_LARGE}, which the page shows at its file field. Left to the Faces servlet, the
 * container's multipart limit ends the request in an exception and the staff member would get the
 * error page, not a reason. The body is read and dropped first so the browser, still sending it,
 * gets the answer instead of a reset connection; past {@link #DRAINED_AT_MOST} the connection is
 * closed instead.
 */
public class UploadSizeFilter extends HttpFilter {

  private static final long DRAINED_AT_MOST = 64L * 1024 * 1024;

  private long limit;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    limit = Long.parseLong(config.getInitParameter("limit"));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    long length = request.getContentLengthLong();
    if (!multipart || length <= limit) {
      chain.doFilter(request, response);
      return;
    }
    if (length <= DRAINED_AT_MOST) {
      drain(request.getInputStream());
    } else {
      response.setHeader("Connection", "close");
    }
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getRequestURI() + "?" + (query == null ? "" : query + "&") + "upload=TOO_LARGE");
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    while (in.read(buffer) >= 0) {
      // The bytes are not wanted, only read off the connection.
    }
  }
}
