/** The transactional outbox and its dispatcher that delivers mail by SMTP. */
package org.kumiai.service.messaging;
