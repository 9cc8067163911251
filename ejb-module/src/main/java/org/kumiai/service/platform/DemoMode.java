package org.kumiai.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether demo data and the /dev pages are on (never in production). */
@ApplicationScoped
public class DemoMode {

  @Inject
  @ConfigProperty(name = "kumiai.demo", defaultValue = "false")
  boolean on;

  public boolean isOn() {
    return on;
  }
}
