package org.kumiai.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedInSessionsTest {

  /** A session that keeps what it is told, as the container's would. */
  private static HttpSession session(Map<String, Object> state) {
    return (HttpSession)
        Proxy.newProxyInstance(
            HttpSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setAttribute" -> state.put((String) args[0], args[1]);
                  case "getAttribute" -> state.get((String) args[0]);
                  case "setMaxInactiveInterval" -> state.put("maxInactive", args[0]);
                  case "getMaxInactiveInterval" -> state.get("maxInactive");
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void aSignedInSessionGetsTheConfiguredIdleTimeoutAndRemembersWhoAndWhen() {
    Instant now = Instant.parse("2026-04-01T00:00:00Z");
    SignedInSessions sessions = new SignedInSessions();
    sessions.clock = Clock.fixed(now, ZoneOffset.UTC);
    sessions.idleTimeout = "PT30M";
    Map<String, Object> state = new HashMap<>();
    HttpSession session = session(state);

    sessions.start(session, "hanako@example.jp");

    assertEquals(1800, session.getMaxInactiveInterval());
    assertEquals("hanako@example.jp", session.getAttribute(SignedInSessions.EMAIL));
    assertEquals(now, session.getAttribute(SignedInSessions.SINCE));

    sessions.idleTimeout = "PT5M";
    sessions.start(session, "hanako@example.jp");
    assertEquals(300, session.getMaxInactiveInterval(), "configurable");
  }
}
