/** Identity use cases: one-time codes now; sign-up, sign-in and factors build on them. */
package org.kumiai.service.identity;
