package org.kumiai.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Pages get a second Content-Security-Policy from PrimeFaces
 * (scripts by nonce, see web.xml); browsers enforce both, so this one only adds what that one
 * lacks: no framing, no plugins, no foreign base or form targets. The JSON API loads nothing.
 */
// ERROR too: requests the container refuses itself (/WEB-INF, …) reach the error page only.
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  static final String PAGE_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (api) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
