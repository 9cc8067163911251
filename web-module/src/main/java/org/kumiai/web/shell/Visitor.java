package org.kumiai.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The current page request's visitor: where it comes from, which language it reads. */
public final class Visitor {

  private Visitor() {}

  public static String ip() {
    return request().getRemoteAddr();
  }

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The signed-in caller's address; pages under the role areas are never reached without one. */
  public static String email() {
    return request().getUserPrincipal().getName();
  }
}
