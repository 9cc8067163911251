package org.kumiai.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The current page request's visitor: where it comes from, which language it reads. */
final class Visitor {

  private Visitor() {}

  static String ip() {
    return request().getRemoteAddr();
  }

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The signed-in caller's address; pages under the role areas are never reached without one. */
  static String email() {
    return request().getUserPrincipal().getName();
  }
}
