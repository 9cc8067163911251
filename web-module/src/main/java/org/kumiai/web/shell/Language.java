package org.kumiai.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of this request, for {@code <f:view locale>} and formats. */
@Named
@RequestScoped
public class Language {

  @Inject private HttpServletRequest request;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = LanguagePreference.fromCookie(cookie());
    }
    return locale;
  }

  public boolean isEnglish() {
    return LanguagePreference.ENGLISH.equals(getLocale());
  }

  /** This page's path and query, for the language switch to come back to. */
  public String getHere() {
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
    String query =
        forwarded != null
            ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
            : request.getQueryString();
    return query == null ? path : path + "?" + query;
  }

  private String cookie() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (LanguagePreference.COOKIE.equals(c.getName())) {
        return c.getValue();
      }
    }
    return null;
  }
}
