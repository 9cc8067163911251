package org.kumiai.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Audits the end of a signed-in session that nobody ended on purpose. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

  @Inject private SignedInSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.expired(event.getSession());
  }
}
