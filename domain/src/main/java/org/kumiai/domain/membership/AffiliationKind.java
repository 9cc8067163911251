package org.kumiai.domain.membership;

/** Who a member is at the university. */
public enum AffiliationKind {
  STUDENT,
  GRADUATE_STUDENT,
  FACULTY,
  STAFF
}
