/** Writing and reading the audit trail. */
package org.kumiai.service.audit;
