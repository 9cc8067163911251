/**
 * Meal plan and cafeteria pages: the plan on the member home, buying a plan, the cafeteria history
 * with nutrition; staff's meal plans, menu import, counter sale and cafeteria report.
 */
package org.kumiai.web.mealplan;
