/**
 * Benchmarks of the meal-plan context: the member's cafeteria month calendar and wallet history as
 * the ledger grows from 1M to 10M entries.
 */
package org.kumiai.bench.mealplan;
