package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.EnrollmentLine;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PaymentMethod;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.Yen;

/**
 * An application as the review page, the counter and the welcome mail show it; {@code paidByCard}
 * tells the counter that a card charge paid it (one the acquirer answered late), so no cash is
 * taken.
 */
public record EnrollmentView(
    long id,
    String coopCode,
    String coopName,
    String name,
    String email,
    List<Line> lines,
    Yen total,
    EnrollmentStatus status,
    Instant expiresAt,
    String number,
    boolean paidByCard)
    implements Serializable {

  /** One item: name, term, quantity, amount. */
  public record Line(
      String code, String nameJa, String nameEn, String term, int quantity, Yen amount)
      implements Serializable {}

  static EnrollmentView of(Enrollment e, Member m) {
    return new EnrollmentView(
        e.id(),
        m.coop().code(),
        m.coop().name().ja(),
        m.name().full(),
        m.email().map(EmailAddress::value).orElse(null),
        e.lines().stream().map(EnrollmentView::line).toList(),
        e.total(),
        e.status(),
        e.expiresAt(),
        m.number().map(MembershipNumber::formatted).orElse(null),
        e.status() == EnrollmentStatus.PAID
            && e.paymentMethod().filter(PaymentMethod.CARD::equals).isPresent());
  }

  /** Lines and total of an application not made yet. */
  static EnrollmentView quote(Enrollment e, Coop coop) {
    return new EnrollmentView(
        0,
        coop.code(),
        coop.name().ja(),
        null,
        null,
        e.lines().stream().map(EnrollmentView::line).toList(),
        e.total(),
        e.status(),
        e.expiresAt(),
        null,
        false);
  }

  private static Line line(EnrollmentLine l) {
    return new Line(l.productCode(), l.nameJa(), l.nameEn(), l.term(), l.quantity(), l.amount());
  }
}
