package org.kumiai.web.membership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kumiai.domain.membership.CardAnswerPendingException;
import org.kumiai.domain.membership.EnrollmentClosedException;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.membership.ApplicationForm;
import org.kumiai.service.membership.EnrollmentView;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/enrollments/new}: the join form typed in by staff at the counter for an applicant
 * with a paper form, limited to the staff member's co-ops and recorded as entered by them; paid in
 * cash on the spot, or by the applicant's card.
 */
@Named
@ViewScoped
public class CounterEnrollmentBacking extends JoinBacking {

  private static final long serialVersionUID = 1L;

  @Inject private StaffScope scope;

  @Override
  protected List<CoopView> coopChoices() {
    return scope.coops();
  }

  @Override
  protected EnrollmentView record(ApplicationForm form) {
    return enrollments.enterAtCounter(form, Visitor.ip());
  }

  public void paidInCash() {
    try {
      EnrollmentView paid =
          enrollments.payAtCounter(getApplied().id(), Visitor.locale(), Visitor.ip());
      if (paid.paidByCard()) {
        Feedback.info("counter.paidByCard", paid.name(), paid.number());
      }
      paid(paid);
    } catch (EnrollmentClosedException e) {
      Feedback.error(null, "join.closed." + e.status());
    } catch (CardAnswerPendingException e) {
      Feedback.error(null, "counter.cardPending");
    }
  }

  public boolean isAtCounter() {
    return true;
  }
}
