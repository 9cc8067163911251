package org.kumiai.service.messaging;

/**
 * The telephone company: sends a text message, or calls and reads the text out. Throws when the
 * message was not accepted, so the outbox records the failure and retries.
 */
public interface SmsGateway {

  void sendText(String e164, String text) throws GatewayException;

  void call(String e164, String speech) throws GatewayException;

  /** The gateway refused or could not be reached; the text says why, for the outbox row. */
  class GatewayException extends Exception {

    public GatewayException(String message) {
      super(message);
    }

    public GatewayException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
