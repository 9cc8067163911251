/** Accounts and how people prove who they are: passwords, codes, second factors, lock-outs. */
package org.kumiai.domain.identity;
