package org.kumiai.domain.membership;

import jakarta.ejb.ApplicationException;

/**
 * No card to show for this member id: not one of the caller's memberships, or not active. Both
 * answer alike, so a member id cannot be probed for someone else's status.
 */
@ApplicationException(rollback = true)
public class CardNotFoundException extends RuntimeException {

  public CardNotFoundException(long memberId) {
    super("No card for member " + memberId);
  }
}
