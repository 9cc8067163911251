/** Members of a co-op: who they are, their membership number, address, affiliation and status. */
package org.kumiai.domain.membership;
