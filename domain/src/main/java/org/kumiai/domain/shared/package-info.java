/** Value objects every context speaks: localized text and the co-ops' clock. */
package org.kumiai.domain.shared;
