package org.kumiai.web.shell;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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
    Response answer = ApiError.of(status, code, reason);
    // A 405 names the methods the resource takes (RFC 9110); the framework's own answer has it.
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    return allow == null
        ? answer
        : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
  }
}
