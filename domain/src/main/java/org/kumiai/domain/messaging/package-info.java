/** Outgoing mail and SMS as outbox rows, with their delivery state and retry rule. */
package org.kumiai.domain.messaging;
