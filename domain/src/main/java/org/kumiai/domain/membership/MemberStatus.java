package org.kumiai.domain.membership;

/** APPLIED until enrollment is paid and a number issued; WITHDRAWN keeps the history. */
public enum MemberStatus {
  APPLIED,
  ACTIVE,
  WITHDRAWN
}
