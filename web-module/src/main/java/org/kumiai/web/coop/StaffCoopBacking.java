package org.kumiai.web.coop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.identity.StaffScope;

/**
 * {@code /staff/coop?code=CODE}: one of the staff member's co-ops and its stores. Another co-op's
 * code answers the not-found page, as a code that exists nowhere does.
 */
@Named
@RequestScoped
public class StaffCoopBacking {

  @Inject private StaffScope scope;
  @Inject private StoreDirectory directory;

  private String code;
  private CoopView coop;
  private List<StoreCard> stores;

  /** f:viewAction. */
  public void load() throws IOException {
    try {
      coop = scope.coop(code);
    } catch (CoopNotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    stores = directory.storesOf(coop.code()).stream().map(StoreCard::of).toList();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CoopView getCoop() {
    return coop;
  }

  public List<StoreCard> getStores() {
    return stores;
  }
}
