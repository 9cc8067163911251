/**
 * Identity use cases: one-time codes, sign-up, sign-in, staff and admin accounts and the co-ops
 * staff may see.
 */
package org.kumiai.service.identity;
