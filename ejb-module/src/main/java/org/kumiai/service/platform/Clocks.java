package org.kumiai.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.kumiai.domain.shared.CoopTime;

/** The one clock services read "now" from, so no rule reads the system time directly. */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(CoopTime.ZONE);
  }
}
