/** Membership pages: the email change, and later enrollment, the card and withdrawal. */
package org.kumiai.web.membership;
