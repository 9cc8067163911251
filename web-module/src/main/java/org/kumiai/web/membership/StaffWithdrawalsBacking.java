package org.kumiai.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kumiai.service.membership.WithdrawalView;
import org.kumiai.service.membership.Withdrawals;

/** {@code /staff/withdrawals}: the withdrawal requests of the staff member's co-ops. */
@Named
@ViewScoped
public class StaffWithdrawalsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Withdrawals withdrawals;

  private boolean all;
  private List<WithdrawalView> list;

  @PostConstruct
  void load() {
    list = withdrawals.list(!all);
  }

  public void showAll() {
    all = true;
    load();
  }

  public void showOpen() {
    all = false;
    load();
  }

  public boolean isAll() {
    return all;
  }

  public List<WithdrawalView> getList() {
    return list;
  }
}
