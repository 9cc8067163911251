package org.kumiai.service.messaging;

import java.util.logging.Logger;

/**
 * Stands in for the telephone company in demo mode and tests. Like the real one it refuses what a
 * phone network would: numbers outside E.164, texts over 670 characters (ten concatenated parts),
 * and the reserved Japanese test range 090-0000-xxxx, which answers "unreachable" so failure paths
 * can be tried. What it "delivers" stays readable in the outbox (/dev/messages).
 */
class SimulatedSmsGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(SimulatedSmsGateway.class.getName());
  private static final int MAX_TEXT = 670;
  static final String UNREACHABLE_PREFIX = "+81900000";

  @Override
  public void sendText(String e164, String text) throws GatewayException {
    check(e164, text);
    LOG.fine(() -> "Simulated SMS to " + e164.substring(0, 3) + "…");
  }

  @Override
  public void call(String e164, String speech) throws GatewayException {
    check(e164, speech);
    LOG.fine(() -> "Simulated voice call to " + e164.substring(0, 3) + "…");
  }

  private static void check(String e164, String text) throws GatewayException {
    if (e164 == null || !e164.matches("\\+[1-9]\\d{7,14}")) {
      throw new GatewayException("invalid destination");
    }
    if (e164.startsWith(UNREACHABLE_PREFIX)) {
      throw new GatewayException("unreachable: the handset did not answer");
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new GatewayException("text empty or longer than " + MAX_TEXT);
    }
  }
}
