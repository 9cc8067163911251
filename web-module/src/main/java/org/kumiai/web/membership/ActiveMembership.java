package org.kumiai.web.membership;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.membership.Memberships;

/**
 * The co-op the signed-in member is looking at, chosen in the header when they hold several
 * memberships; member pages show that membership only. Kept in the session, as it is a view choice
 * and not data.
 */
@Named
@SessionScoped
public class ActiveMembership implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Memberships memberships;

  private List<MembershipView> mine;
  private String coopCode;

  public List<MembershipView> getAll() {
    if (mine == null) {
      mine = memberships.mine();
    }
    return mine;
  }

  /**
   * The membership looked at: the chosen co-op's, else the first one in force (a student who left
   * one co-op for another sees the new one first), else the first; null for none.
   */
  public MembershipView getCurrent() {
    List<MembershipView> all = getAll();
    return all.stream()
        .filter(m -> m.coopCode().equals(coopCode))
        .findFirst()
        .or(() -> all.stream().filter(m -> m.status() == MemberStatus.ACTIVE).findFirst())
        .orElse(all.isEmpty() ? null : all.get(0));
  }

  /**
   * The membership looked at if it is in force, else null: the e-money pages work for members, not
   * for a left co-op (its wallet is closed) or an application still to be paid.
   */
  public MembershipView getCurrentInForce() {
    MembershipView current = getCurrent();
    return current != null && current.status() == MemberStatus.ACTIVE ? current : null;
  }

  /** Chooses a co-op among the member's own; any other code is ignored. */
  void switchTo(String code) {
    if (getAll().stream().anyMatch(m -> m.coopCode().equals(code))) {
      coopCode = code;
    }
  }

  /** After a membership was added, the list is read again. */
  void refresh() {
    mine = null;
  }
}
