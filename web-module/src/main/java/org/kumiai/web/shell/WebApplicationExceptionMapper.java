package org.kumiai.web.shell;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown API paths, wrong methods and media types answer JSON with a reason, not HTML. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String code = known == null ? "HTTP_" + status : known.name();
    String reason = known == null ? "Request failed" : known.getReasonPhrase();
    return ApiError.of(status, code, reason);
  }
}
