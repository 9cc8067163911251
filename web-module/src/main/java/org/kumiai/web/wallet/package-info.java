/** Wallet pages and the register API. */
package org.kumiai.web.wallet;
