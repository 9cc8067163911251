package org.kumiai.web.coop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;

/**
 * {@code /stores?coop=CODE}: a co-op's stores, open or not now, their week and closures. Without a
 * co-op the first is shown; an unknown one answers the not-found page.
 */
@Named
@RequestScoped
public class StoresBacking {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,16}");

  @Inject private StoreDirectory directory;
  @Inject private Clock clock;

  private String coop;
  private CoopView selected;
  private List<CoopView> coops;
  private List<StoreCard> stores;
  private Instant asOf;

  /** f:viewAction: loads the co-op named by the query parameter. */
  public void load() throws IOException {
    coops = directory.coops();
    if (coop == null || coop.isBlank()) {
      selected = coops.isEmpty() ? null : coops.get(0);
    } else if (CODE.matcher(coop).matches()) {
      selected = directory.findCoop(coop).orElse(null);
    }
    if (selected == null && !coops.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    asOf = clock.instant();
    stores =
        selected == null
            ? List.of()
            : directory.storesOf(selected.code(), asOf).stream().map(StoreCard::of).toList();
  }

  public String getCoop() {
    return coop;
  }

  public void setCoop(String coop) {
    this.coop = coop;
  }

  public CoopView getSelected() {
    return selected;
  }

  public List<CoopView> getCoops() {
    return coops;
  }

  public List<StoreCard> getStores() {
    return stores;
  }

  public Instant getAsOf() {
    return asOf;
  }
}
