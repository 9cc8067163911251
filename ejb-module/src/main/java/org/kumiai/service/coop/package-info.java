/** Use cases of co-ops and stores: the store directory and the demo co-ops. */
package org.kumiai.service.coop;
