/** Sign-up, sign-in and account pages. */
package org.kumiai.web.identity;
