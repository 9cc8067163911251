package org.kumiai.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.membership.BankAccount;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.membership.WithdrawalStateException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.membership.MembershipView;
import org.kumiai.service.membership.WithdrawalForm;
import org.kumiai.service.membership.WithdrawalTerms;
import org.kumiai.service.membership.WithdrawalView;
import org.kumiai.service.membership.Withdrawals;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/withdrawal}: what leaving the co-op of the membership chosen in the header would
 * mean (share capital refunded, e-money and the co-op's rule, deadline), the request with its
 * confirmation step, and the request's progress; one not yet reviewed can be taken back.
 */
@Named
@ViewScoped
public class WithdrawalBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "withdrawal";

  /** The panels of this page. */
  public enum Panel {
    FORM,
    CONFIRM,
    STATUS,
    NONE
  }

  @Inject private Withdrawals withdrawals;
  @Inject private ActiveMembership active;

  private MembershipView membership;
  private WithdrawalTerms terms;
  private List<WithdrawalView> history = List.of();
  private Panel panel = Panel.NONE;
  private final Map<String, String> form = new HashMap<>();

  @PostConstruct
  void load() {
    membership = active.getCurrent();
    if (membership == null) {
      return;
    }
    terms = withdrawals.terms(membership.memberId());
    history = withdrawals.mine(membership.memberId());
    boolean open = history.stream().anyMatch(w -> w.status().open());
    boolean member = terms.status() == MemberStatus.ACTIVE;
    panel = open || !member ? Panel.STATUS : Panel.FORM;
    form.putIfAbsent("method", Withdrawal.Method.BANK_TRANSFER.name());
    form.putIfAbsent("accountType", BankAccount.Type.ORDINARY.name());
  }

  public void confirm() {
    try {
      withdrawals.check(membership.memberId(), form());
      panel = Panel.CONFIRM;
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    }
  }

  public void back() {
    panel = Panel.FORM;
  }

  public void request() {
    try {
      withdrawals.request(membership.memberId(), form(), Visitor.ip());
      Feedback.info("withdrawal.requested");
      load();
    } catch (InvalidValuesException e) {
      panel = Panel.FORM;
      Feedback.invalid(FORM, e);
    } catch (WithdrawalStateException e) {
      Feedback.error(null, "withdrawal.state." + e.status());
      load();
    }
  }

  public void cancel(long id) {
    try {
      withdrawals.cancel(membership.memberId(), id, Visitor.ip());
      Feedback.info("withdrawal.cancelled");
    } catch (WithdrawalStateException e) {
      Feedback.error(null, "withdrawal.state." + e.status());
    }
    load();
  }

  private WithdrawalForm form() {
    boolean bank = Withdrawal.Method.BANK_TRANSFER.name().equals(form.get("method"));
    return new WithdrawalForm(
        form.get("reason"),
        form.get("note"),
        form.get("method"),
        bank ? form.get("bankCode") : null,
        bank ? form.get("branchCode") : null,
        bank ? form.get("accountType") : null,
        bank ? form.get("accountNumber") : null,
        bank ? form.get("accountHolder") : null);
  }

  public boolean isByBank() {
    return Withdrawal.Method.BANK_TRANSFER.name().equals(form.get("method"));
  }

  public Panel getPanel() {
    return panel;
  }

  public MembershipView getMembership() {
    return membership;
  }

  public WithdrawalTerms getTerms() {
    return terms;
  }

  public List<WithdrawalView> getHistory() {
    return history;
  }

  public Map<String, String> getForm() {
    return form;
  }

  public List<SelectItem> getReasonOptions() {
    return options(Withdrawal.Reason.values(), "withdrawal.reason.");
  }

  public List<SelectItem> getAccountTypeOptions() {
    return options(BankAccount.Type.values(), "withdrawal.accountType.");
  }

  private static List<SelectItem> options(Enum<?>[] values, String prefix) {
    return Arrays.stream(values)
        .map(v -> new SelectItem(v.name(), Feedback.label(prefix + v.name())))
        .toList();
  }

  public Withdrawal.Method[] getMethods() {
    return Withdrawal.Method.values();
  }
}
