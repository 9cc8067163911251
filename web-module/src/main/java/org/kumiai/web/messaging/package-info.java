/** The demo-mode viewer of outgoing messages. */
package org.kumiai.web.messaging;
