/** What the pages that take a card payment share. */
package org.kumiai.web.payment;
