package org.kumiai.service.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the SMS gateway by kumiai.sms.gateway: "simulator" (default) or "http". */
@ApplicationScoped
class SmsGateways {

  @Inject
  @ConfigProperty(name = "kumiai.sms.gateway", defaultValue = "simulator")
  String kind;

  @Inject
  @ConfigProperty(name = "kumiai.sms.endpoint")
  Optional<URI> endpoint;

  @Inject
  @ConfigProperty(name = "kumiai.sms.token")
  Optional<String> token;

  @Inject
  @ConfigProperty(name = "kumiai.sms.timeout-ms", defaultValue = "10000")
  long timeoutMillis;

  @Produces
  @ApplicationScoped
  SmsGateway gateway() {
    return switch (kind) {
      case "simulator" -> new SimulatedSmsGateway();
      case "http" ->
          new HttpSmsGateway(
              endpoint.orElseThrow(
                  () -> new IllegalStateException("kumiai.sms.endpoint is not set")),
              token.orElseThrow(() -> new IllegalStateException("kumiai.sms.token is not set")),
              Duration.ofMillis(timeoutMillis));
      default -> throw new IllegalStateException("kumiai.sms.gateway must be simulator or http");
    };
  }
}
