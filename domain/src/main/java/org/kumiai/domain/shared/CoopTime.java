package org.kumiai.domain.shared;

import java.time.ZoneId;

/** Co-ops keep Japanese time; every "today" or "now open" is decided in this zone. */
public final class CoopTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private CoopTime() {}
}
