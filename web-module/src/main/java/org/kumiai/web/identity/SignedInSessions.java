package org.kumiai.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.service.identity.Accounts;

/**
 * The life of a signed-in session: it starts with an idle timeout, and it ends by signing out, by
 * the timeout, or when the account ended every session (the account page, a password reset) — which
 * any server of a cluster sees, because the end time is kept on the account.
 */
@ApplicationScoped
public class SignedInSessions {

  static final String EMAIL = "kumiai.signedIn.email";
  static final String SINCE = "kumiai.signedIn.since";

  @Inject private Accounts accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kumiai.identity.idle-timeout", defaultValue = "PT30M")
  String idleTimeout;

  void start(HttpSession session, String email) {
    session.setAttribute(EMAIL, email);
    session.setAttribute(SINCE, clock.instant());
    session.setMaxInactiveInterval((int) Duration.parse(idleTimeout).toSeconds());
  }

  /** Whether the account ended this session from elsewhere since it signed in. */
  boolean endedElsewhere(HttpSession session) {
    Object email = session.getAttribute(EMAIL);
    Object since = session.getAttribute(SINCE);
    return email instanceof String e && since instanceof Instant s && accounts.sessionEnded(e, s);
  }

  /** Ends the session now and records how; the timeout listener then has nothing to add. */
  void end(HttpSession session, String how, String ip) {
    Object email = session.getAttribute(EMAIL);
    session.removeAttribute(EMAIL);
    if (email instanceof String e) {
      accounts.recordSessionEnded(e, how, ip);
    }
    session.invalidate();
  }

  /** A session the container dropped: the idle timeout, or a server shut down. */
  void expired(HttpSession session) {
    if (session.getAttribute(EMAIL) instanceof String e) {
      accounts.recordSessionEnded(e, "idle timeout", null);
    }
  }
}
