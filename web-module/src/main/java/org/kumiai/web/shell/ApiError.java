package org.kumiai.web.shell;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one shape of an API error: {"error": CODE, "reason": sentence}. Never a stack trace. */
public final class ApiError {

  private ApiError() {}

  public static Response of(int status, String code, String reason) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(JSON.createObjectBuilder().add("error", code).add("reason", reason).build())
        .build();
  }
}
