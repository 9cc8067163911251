/** Membership use cases; for now the member records sign-up links to, and demo members. */
package org.kumiai.service.membership;
