package org.kumiai.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages render as a fresh GET view. Without this, an error during a form post (a stale view,
 * a failure in an action) is dispatched to the error page as a postback of the failed form, which
 * Faces tries to restore and PrimeFaces rejects for its missing script nonce: the member would get
 * an empty 500 instead of the friendly page.
 */
@WebFilter(urlPatterns = "/errors/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new FreshGet(request), response);
  }

  private static final class FreshGet extends HttpServletRequestWrapper {

    FreshGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
