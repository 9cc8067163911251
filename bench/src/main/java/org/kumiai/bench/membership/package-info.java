/** Benchmarks of the membership context: the staff member search over many members. */
package org.kumiai.bench.membership;
