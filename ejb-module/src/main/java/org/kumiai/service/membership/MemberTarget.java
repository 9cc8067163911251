package org.kumiai.service.membership;

import java.io.Serializable;

/**
 * The membership found by number and date of birth, as a public page may show it: the name and
 * address masked, so the page confirms the record without revealing it.
 */
public record MemberTarget(long memberId, String coopName, String maskedName, String maskedEmail)
    implements Serializable {

  public boolean hasEmail() {
    return maskedEmail != null;
  }
}
