/** What every context stands on: the datasource, schema migrations, clock and health. */
package org.kumiai.service.platform;
