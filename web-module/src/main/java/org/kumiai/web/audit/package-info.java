/** The administrators' audit trail search page. */
package org.kumiai.web.audit;
