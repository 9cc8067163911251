/** Meal plans (ミール): products with a daily cap on the MEAL purse, and the plans members hold. */
package org.kumiai.domain.mealplan;
