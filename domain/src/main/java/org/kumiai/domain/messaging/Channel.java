package org.kumiai.domain.messaging;

/** How a message reaches a person; SMS and voice join when sign-in codes need them. */
public enum Channel {
  MAIL
}
