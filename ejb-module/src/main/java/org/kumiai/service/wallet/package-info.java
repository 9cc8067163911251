/** Wallet use cases: activation, register payments and refunds, the ledger's repositories. */
package org.kumiai.service.wallet;
