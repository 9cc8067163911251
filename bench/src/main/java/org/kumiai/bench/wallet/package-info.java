/** Benchmarks of the wallet context: the register API's payments under load, beside pgbench. */
package org.kumiai.bench.wallet;
