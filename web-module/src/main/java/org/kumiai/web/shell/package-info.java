/** The web shell around every page: language, layout formats, errors, headers, API root. */
package org.kumiai.web.shell;
