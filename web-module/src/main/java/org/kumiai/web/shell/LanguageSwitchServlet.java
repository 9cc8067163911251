package org.kumiai.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import org.kumiai.service.identity.Accounts;

/**
 * {@code /language?to=en&back=/stores} remembers the choice in a cookie for a year and returns to
 * the page; {@code back} must be a path on this site, so the switch cannot redirect away. A
 * signed-in person's account keeps the choice too, for the mails sent while they are away.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Inject private Accounts accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale chosen = LanguagePreference.supported(request.getParameter("to"));
    if (chosen != null) {
      Cookie cookie = new Cookie(LanguagePreference.COOKIE, chosen.getLanguage());
      cookie.setPath("/");
      cookie.setMaxAge(ONE_YEAR);
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      Principal caller = request.getUserPrincipal();
      if (caller != null) {
        accounts.keepLanguage(caller.getName(), chosen);
      }
    }
    response.sendRedirect(LocalPath.orHome(request.getParameter("back")));
  }
}
