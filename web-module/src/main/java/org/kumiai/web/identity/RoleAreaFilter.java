package org.kumiai.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Guards every page. A session its account ended elsewhere (the account page, a password reset) is
 * ended here at its next request. Then the role of every area: /member MEMBER, /family GUARDIAN,
 * /staff STAFF, /admin ADMIN, /account any signed-in account. A visitor not signed in is sent to
 * sign in and back; a signed-in one without the role gets the page for a missing address, so
 * restricted pages do not reveal that they exist.
 */
@WebFilter(urlPatterns = "/*")
public class RoleAreaFilter extends HttpFilter {

  private static final String ANY_ACCOUNT = "";
  private static final Map<String, String> ROLE_OF_AREA =
      Map.of(
          "member", "MEMBER",
          "family", "GUARDIAN",
          "staff", "STAFF",
          "admin", "ADMIN",
          "account", ANY_ACCOUNT);

  /** Pages inside an area that every account has: a prospective student has a profile too. */
  private static final Set<String> ANY_ACCOUNT_PAGES = Set.of("/member/profile");

  @Inject private SignedInSessions sessions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // The path as the container decoded and normalised it to choose the page, not the raw URI:
    // "/%73taff/members" and "//staff/members" reach the staff pages too.
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.startsWith("/jakarta.faces.resource/")) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() != null && session != null && sessions.endedElsewhere(session)) {
      request.logout();
      sessions.end(session, "ended from another session", request.getRemoteAddr());
      response.sendRedirect(request.getContextPath() + "/signin?ended=true");
      return;
    }
    String[] parts = path.split("/");
    String role =
        ANY_ACCOUNT_PAGES.contains(path)
            ? ANY_ACCOUNT
            : parts.length > 1 ? ROLE_OF_AREA.get(parts[1]) : null;
    if (role == null) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getUserPrincipal() == null) {
      // Back to the address as asked for (/member/, not the welcome page it was mapped to).
      String asked = request.getRequestURI().substring(request.getContextPath().length());
      String back =
          asked + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(
          request.getContextPath()
              + "/signin?back="
              + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return;
    }
    if (!role.equals(ANY_ACCOUNT) && !request.isUserInRole(role)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
