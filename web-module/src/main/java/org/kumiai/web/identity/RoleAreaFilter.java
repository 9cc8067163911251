package org.kumiai.web.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The role of every area: /member MEMBER, /family GUARDIAN, /staff STAFF, /admin ADMIN. A visitor
 * not signed in is sent to sign in and back; a signed-in one without the role gets the page for a
 * missing address, so restricted pages do not reveal that they exist.
 */
@WebFilter(urlPatterns = {"/member/*", "/family/*", "/staff/*", "/admin/*"})
public class RoleAreaFilter extends HttpFilter {

  private static final Map<String, String> ROLE_OF_AREA =
      Map.of("member", "MEMBER", "family", "GUARDIAN", "staff", "STAFF", "admin", "ADMIN");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String area = path.split("/")[1];
    if (request.getUserPrincipal() == null) {
      String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(
          request.getContextPath()
              + "/signin?back="
              + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return;
    }
    if (!request.isUserInRole(ROLE_OF_AREA.get(area))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
