package org.kumiai.domain.audit;

/** What happened; identity events now, staff actions as the back-office arrives. */
public enum AuditAction {
  ACCOUNT_CREATED,
  CODE_SENT,
  CODE_REJECTED,
  CODE_ACCEPTED,
  PASSWORD_CHOSEN,
  PHONE_VERIFIED,
  SIGN_IN_PASSWORD_OK,
  SIGN_IN_FAILED,
  SIGN_IN_LOCKED,
  SIGN_IN_RATE_LIMITED,
  SIGN_IN_COMPLETED,
  STAFF_ACCOUNT_CREATED,
  STAFF_COOPS_CHANGED
}
