/** The append-only record of who did what: sign-ins, codes, factors, staff actions. */
package org.kumiai.domain.audit;
