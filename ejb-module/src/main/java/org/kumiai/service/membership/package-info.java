/** Membership use cases: the records sign-up links to, demo members, email change, the card. */
package org.kumiai.service.membership;
