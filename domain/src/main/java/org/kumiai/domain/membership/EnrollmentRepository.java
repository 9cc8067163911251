package org.kumiai.domain.membership;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;

/** Applications and the catalogue they are made from. */
public interface EnrollmentRepository {

  void store(Enrollment enrollment);

  void store(Product product);

  Optional<Enrollment> find(long id);

  /** The application locked against a concurrent payment until the transaction ends. */
  Optional<Enrollment> findForUpdate(long id);

  /** What a co-op offers at enrollment, in the order it was set up. */
  List<Product> catalogue(Coop coop);

  /**
   * Unpaid applications past their time, at most {@code max}; not those awaiting the acquirer's
   * answer about a card charge, which wait for it.
   */
  List<Enrollment> dueToExpire(Instant now, int max);

  /**
   * The ids of unpaid applications whose card charge awaits the acquirer's answer, the oldest
   * first, at most {@code max}.
   */
  List<Long> awaitingCardAnswer(int max);

  /** The paid applications of these members, oldest first. */
  List<Enrollment> paidOf(Collection<Long> memberIds);

  /** Every application of one member, newest first, for the staff member page. */
  List<Enrollment> of(long memberId);

  /** Unpaid applications of these co-ops, oldest first, for the counter. */
  List<Enrollment> awaitingPayment(List<String> coopCodes);
}
