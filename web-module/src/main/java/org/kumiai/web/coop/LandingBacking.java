package org.kumiai.web.coop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;

/** {@code /}: what the portal is and which co-ops are in it. */
@Named
@RequestScoped
public class LandingBacking {

  @Inject private StoreDirectory directory;

  private List<CoopView> coops;

  public List<CoopView> getCoops() {
    if (coops == null) {
      coops = directory.coops();
    }
    return coops;
  }
}
