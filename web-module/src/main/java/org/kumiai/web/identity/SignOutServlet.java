package org.kumiai.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** {@code POST /signout}: ends the session and returns to the landing page. */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Inject private SignedInSessions sessions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      sessions.end(session, "signed out", request.getRemoteAddr());
    }
    response.sendRedirect(request.getContextPath() + "/");
  }
}
