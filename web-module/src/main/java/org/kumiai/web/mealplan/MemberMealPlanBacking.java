package org.kumiai.web.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.wallet.WalletStateException;
import org.kumiai.service.mealplan.MealPlanView;
import org.kumiai.service.mealplan.MealPlans;
import org.kumiai.service.mealplan.MealStatus;
import org.kumiai.service.mealplan.PlanPurchase;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.web.membership.ActiveMembership;
import org.kumiai.web.payment.CardEntry;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/meals/plan}: the member's meal plan, and the co-op's plans on sale bought by card.
 * The page's key makes a double submit, or a retry after the acquirer did not answer, one charge; a
 * declined card starts a new one.
 */
@Named
@ViewScoped
public class MemberMealPlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "plan";

  @Inject private MealPlans mealPlans;
  @Inject private ActiveMembership active;
  @Inject private DisplayFormat format;

  private MembershipView membership;
  private MealStatus status;
  private List<MealPlanView> onSale = List.of();
  private Long planId;
  private String key = UUID.randomUUID().toString();

  /** The plan of a purchase the acquirer did not answer: its key is only asked again for it. */
  private MealPlanView unanswered;

  private final CardEntry card = new CardEntry();

  @PostConstruct
  void load() {
    membership = active.getCurrent();
    if (membership == null || membership.status() != MemberStatus.ACTIVE) {
      return;
    }
    status = mealPlans.today(membership.memberId()).orElse(null);
    onSale = mealPlans.onSaleFor(membership.memberId());
    if (onSale.size() == 1) {
      planId = onSale.get(0).id();
    }
  }

  public void buy() {
    if (unanswered != null && !Long.valueOf(unanswered.id()).equals(planId)) {
      // The first purchase may have gone through: it is settled by asking again for its plan.
      Feedback.error(
          null,
          "mealplan.unanswered",
          unanswered.name(Visitor.locale().getLanguage().equals("ja")));
      card.forgetSecrets();
      return;
    }
    try {
      PlanPurchase bought =
          mealPlans.buyByCard(
              membership.memberId(),
              planId == null ? 0 : planId,
              key,
              card.getNumber(),
              card.getExpiry(),
              card.getCode(),
              card.getBirthday(),
              Visitor.locale(),
              Visitor.ip());
      switch (bought.result()) {
        case BOUGHT -> {
          unanswered = null;
          status = bought.status();
          onSale = mealPlans.onSaleFor(membership.memberId());
          Feedback.info(
              "mealplan.bought", status.plan().name(Visitor.locale().getLanguage().equals("ja")));
        }
        case DECLINED -> {
          unanswered = null;
          key = UUID.randomUUID().toString();
          CardEntry.declined(bought.declineReason());
        }
        case TIMEOUT -> {
          unanswered = onSale.stream().filter(p -> p.id() == planId).findFirst().orElse(null);
          Feedback.error(null, "charge.timeout");
        }
      }
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (WalletStateException e) {
      Feedback.error(null, "wallet.state." + e.status());
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    } finally {
      card.forgetSecrets();
    }
  }

  public boolean isMember() {
    return membership != null && membership.status() == MemberStatus.ACTIVE;
  }

  public MealStatus getStatus() {
    return status;
  }

  public List<MealPlanView> getOnSale() {
    return onSale;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public CardEntry getCard() {
    return card;
  }
}
