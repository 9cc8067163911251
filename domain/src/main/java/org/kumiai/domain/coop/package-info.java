/** The federation, its member co-ops and their stores with business hours and closures. */
package org.kumiai.domain.coop;
