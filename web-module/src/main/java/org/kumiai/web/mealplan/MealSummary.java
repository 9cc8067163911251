package org.kumiai.web.mealplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kumiai.service.mealplan.MealPlans;
import org.kumiai.service.mealplan.MealStatus;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.web.membership.ActiveMembership;

/** The meal plan on the member home: today's cap left, for the membership chosen in the header. */
@Named
@RequestScoped
public class MealSummary {

  @Inject private MealPlans mealPlans;
  @Inject private ActiveMembership active;

  private MealStatus status;
  private boolean loaded;

  /** Today's status of the plan the wallet holds; null without one. */
  public MealStatus getStatus() {
    MembershipView m = active.getCurrentInForce();
    if (!loaded && m != null) {
      status = mealPlans.today(m.memberId()).orElse(null);
      loaded = true;
    }
    return status;
  }
}
