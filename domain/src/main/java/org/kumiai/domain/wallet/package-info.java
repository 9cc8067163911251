/** The e-money wallet: purses, the double-entry ledger, payments, charges, points, IC cards. */
package org.kumiai.domain.wallet;
