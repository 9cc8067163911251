package org.kumiai.web.mealplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.mealplan.MealPlans;
import org.kumiai.service.mealplan.MealStatus;
import org.kumiai.web.membership.StaffMemberBacking;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;
import org.kumiai.web.wallet.StaffWalletBacking;

/**
 * The meal plan part of the wallet tab of {@code /staff/member?id=}: the plan the member holds, or
 * a plan on sale sold at the counter for cash into the chosen store's drawer (audited).
 */
@Named
@ViewScoped
public class StaffMealPlanSaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int TAB = 4;
  private static final String FORM = "tabs:walletMealPlan";

  @Inject private MealPlans mealPlans;
  @Inject private StaffMemberBacking member;
  @Inject private StaffWalletBacking wallet;

  private MealPlans.CounterOptions options;
  private Long planId;
  private String storeCode;

  public MealPlans.CounterOptions getOptions() {
    if (options == null && member.getMemberId() > 0) {
      try {
        options = mealPlans.counterOptions(member.getMemberId());
      } catch (MemberNotFoundException e) {
        return null;
      }
      if (planId == null && options.onSale().size() == 1) {
        planId = options.onSale().get(0).id();
      }
      if (storeCode == null && !options.stores().isEmpty()) {
        storeCode = options.stores().get(0).code();
      }
    }
    return options;
  }

  public void sell() {
    member.setActiveTab(TAB);
    if (planId == null) {
      Feedback.error(FORM + ":plan", "invalid.NOT_CHOSEN", Feedback.label("field.plan"));
      return;
    }
    try {
      MealStatus sold =
          mealPlans.sellAtCounter(storeCode, member.getMemberId(), planId, Visitor.ip());
      options = null;
      planId = null;
      wallet.reload();
      Feedback.info(
          "mealplans.soldAtCounter",
          sold.plan().name(Visitor.locale().getLanguage().equals("ja")),
          sold.plan().price());
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    }
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }
}
