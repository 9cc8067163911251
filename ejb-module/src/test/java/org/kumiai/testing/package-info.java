/** Test fixtures that run code under a container identity; added to test archives by hand. */
package org.kumiai.testing;
