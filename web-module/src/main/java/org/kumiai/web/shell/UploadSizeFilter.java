package org.kumiai.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A file too large for the form it was posted to goes back to that form with {@code
 * upload=TOO_LARGE}, which the page shows at its file field. Left to the Faces servlet, the
 * container's multipart limit ends the request in an exception and the staff member would get the
 * error page, not a reason. The body is read and dropped first so the browser, still sending it,
 * gets the answer instead of a reset connection; past {@link #DRAINED_AT_MOST} the connection is
 * closed instead. A form upload sent without its length (chunked, as no browser sends one) could
 * only be measured by the container's parse, which fails with the error page: it is answered 411
 * with the reason in the visitor's language.
 */
public class UploadSizeFilter extends HttpFilter {

  private static final long DRAINED_AT_MOST = 64L * 1024 * 1024;

  @Inject private Language language;

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
    if (!multipart || (length >= 0 && length <= limit)) {
      chain.doFilter(request, response);
      return;
    }
    if (length > DRAINED_AT_MOST || !drained(request.getInputStream())) {
      response.setHeader("Connection", "close");
    }
    if (length < 0) {
      response.setStatus(HttpServletResponse.SC_LENGTH_REQUIRED);
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              ResourceBundle.getBundle("org.kumiai.web.messages", language.getLocale())
                  .getString("upload.LENGTH_REQUIRED"));
      return;
    }
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getRequestURI() + "?" + (query == null ? "" : query + "&") + "upload=TOO_LARGE");
  }

  /** Reads the body off the connection, at most {@link #DRAINED_AT_MOST}; true when all of it. */
  private static boolean drained(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      read += n;
      if (read > DRAINED_AT_MOST) {
        return false;
      }
    }
    return true;
  }
}
