package org.kumiai.domain.membership;

/** How an enrollment was paid. */
public enum PaymentMethod {
  CARD,
  COUNTER
}
