package org.kumiai.service.coop;

import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.shared.LocalizedText;

/** A co-op as pages and the API show it. */
public record CoopView(String code, LocalizedText name, String contactPhone, String contactEmail) {

  static CoopView of(Coop coop) {
    return new CoopView(coop.code(), coop.name(), coop.contactPhone(), coop.contactEmail());
  }
}
