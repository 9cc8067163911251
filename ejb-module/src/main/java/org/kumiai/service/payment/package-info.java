/** Payments through outside services: the card acquirer behind an interface, and its simulator. */
package org.kumiai.service.payment;
