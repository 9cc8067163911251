package org.kumiai.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.domain.membership.CardAnswerPendingException;
import org.kumiai.domain.membership.EnrollmentClosedException;
import org.kumiai.service.membership.EnrollmentView;
import org.kumiai.service.membership.Enrollments;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/enrollments}: the unpaid applications of the staff member's co-ops; one paid in
 * cash at the counter is marked here, which issues the number and sends the welcome mail.
 */
@Named
@ViewScoped
public class StaffEnrollmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Enrollments enrollments;

  private List<EnrollmentView> waiting;

  @PostConstruct
  void load() {
    waiting = enrollments.awaitingPayment();
  }

  public void paidAtCounter(long id) {
    try {
      EnrollmentView paid = enrollments.payAtCounter(id, Visitor.locale(), Visitor.ip());
      Feedback.info(
          paid.paidByCard() ? "counter.paidByCard" : "staffEnrollments.paid",
          paid.name(),
          paid.number());
    } catch (EnrollmentClosedException e) {
      Feedback.error(null, "join.closed." + e.status());
    } catch (CardAnswerPendingException e) {
      Feedback.error(null, "counter.cardPending");
    }
    load();
  }

  public List<EnrollmentView> getWaiting() {
    return waiting;
  }
}
