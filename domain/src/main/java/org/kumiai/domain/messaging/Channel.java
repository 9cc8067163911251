package org.kumiai.domain.messaging;

/** How a message reaches a person: mail, a text message, or a call that reads it out. */
public enum Channel {
  MAIL,
  SMS,
  VOICE
}
