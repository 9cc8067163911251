package org.kumiai.web.membership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kumiai.service.membership.CardCheck;
import org.kumiai.service.membership.MembershipCards;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/card-check}: a staff member scans (a scanner types it, then Enter) or types the
 * token from a member's card and sees whether it is valid, and whose card it is.
 */
@Named
@RequestScoped
public class CardCheckBacking {

  @Inject private MembershipCards cards;

  private String token;
  private CardCheck result;

  public void check() {
    result = cards.check(token, Visitor.ip());
    // Emptied for the next scan: a scanner types into whatever the field holds.
    token = null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public CardCheck getResult() {
    return result;
  }
}
