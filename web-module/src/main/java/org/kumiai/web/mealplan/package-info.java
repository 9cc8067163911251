/** Meal plan pages: the plan's status on the member home. */
package org.kumiai.web.mealplan;
