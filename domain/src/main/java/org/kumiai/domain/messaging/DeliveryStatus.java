package org.kumiai.domain.messaging;

/** QUEUED until delivered (SENT) or given up after the last retry (FAILED). */
public enum DeliveryStatus {
  QUEUED,
  SENT,
  FAILED
}
