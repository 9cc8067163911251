/** Meal plans: products staff define, plans members hold, and the MEAL purse's daily cap. */
package org.kumiai.service.mealplan;
