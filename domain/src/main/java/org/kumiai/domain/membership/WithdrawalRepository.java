package org.kumiai.domain.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Withdrawal requests, open and ended. */
public interface WithdrawalRepository {

  void store(Withdrawal withdrawal);

  Optional<Withdrawal> find(long id);

  /** The request locked against a concurrent review or payout until the transaction ends. */
  Optional<Withdrawal> findForUpdate(long id);

  /** A member's requests, newest first. */
  List<Withdrawal> of(long memberId);

  /** Requests of members of these co-ops, open ones first then the newest; at most {@code max}. */
  List<Withdrawal> ofCoops(Collection<String> coopCodes, boolean openOnly, int max);
}
