/** The landing page, the store directory page and its JSON API. */
package org.kumiai.web.coop;
