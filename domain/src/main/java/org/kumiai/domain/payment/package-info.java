/** Payments through outside services: card details as typed, checked before they leave. */
package org.kumiai.domain.payment;
