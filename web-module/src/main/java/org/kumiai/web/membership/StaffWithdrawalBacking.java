package org.kumiai.web.membership;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.membership.WithdrawalStateException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.membership.WithdrawalView;
import org.kumiai.service.membership.Withdrawals;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/withdrawal?id=}: one request of the staff member's co-ops: the review (ground and
 * what the member owes, which computes the refund or holds it) and the payout record that ends the
 * membership. Another co-op's request answers 404.
 */
@Named
@ViewScoped
public class StaffWithdrawalBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "withdrawal";

  @Inject private Withdrawals withdrawals;

  private String id;
  private long withdrawalId;
  private WithdrawalView withdrawal;
  private String ground = Withdrawal.Ground.VOLUNTARY.name();
  private String owed;
  private String reference;

  /** The view action: the request, or 404 for one that is not there for this staff member. */
  public void load() throws IOException {
    try {
      // The id as typed or pasted ("123。" from a chat): anything but a number is a missing page.
      withdrawalId = Long.parseLong(id == null ? "" : id.strip());
      withdrawal = withdrawals.view(withdrawalId);
    } catch (NumberFormatException | MemberNotFoundException e) {
      withdrawal = null;
    }
    if (withdrawal == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    if (withdrawal.status() == Withdrawal.Status.HELD) {
      owed = Long.toString(withdrawal.owed().value());
      ground = withdrawal.ground().name();
    }
  }

  public void review() {
    try {
      withdrawal = withdrawals.review(withdrawalId, ground, owed, Visitor.ip());
      Feedback.info("staffWithdrawal.reviewed." + withdrawal.status());
    } catch (InvalidValueException e) {
      Feedback.invalid(FORM, e);
    } catch (WithdrawalStateException e) {
      Feedback.error(null, "withdrawal.state." + e.status());
      withdrawal = withdrawals.view(withdrawalId);
    }
  }

  public void payOut() {
    try {
      withdrawal = withdrawals.payOut(withdrawalId, reference, withdrawal.payout(), Visitor.ip());
      Feedback.info("staffWithdrawal.paidOut");
    } catch (InvalidValueException e) {
      if ("payout".equals(e.field())) {
        withdrawal = withdrawals.view(withdrawalId);
        Feedback.error(null, "staffWithdrawal.payout.CHANGED", withdrawal.payout().formatted());
        return;
      }
      Feedback.invalid(FORM, e);
    } catch (WithdrawalStateException e) {
      Feedback.error(null, "withdrawal.state." + e.status());
      withdrawal = withdrawals.view(withdrawalId);
    }
  }

  public Withdrawal.Ground[] getGrounds() {
    return Withdrawal.Ground.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public WithdrawalView getWithdrawal() {
    return withdrawal;
  }

  public String getGround() {
    return ground;
  }

  public void setGround(String ground) {
    this.ground = ground;
  }

  public String getOwed() {
    return owed;
  }

  public void setOwed(String owed) {
    this.owed = owed;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
