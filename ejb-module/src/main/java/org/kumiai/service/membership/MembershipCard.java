package org.kumiai.service.membership;

import java.time.LocalDate;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.LocalizedText;

/**
 * One membership as the card shows it. An application not yet paid has no number and no validity
 * (both null; the page says "not yet issued"); {@code digits} is the number without separators, as
 * the barcode carries it.
 */
public record MembershipCard(
    long memberId,
    String coopCode,
    LocalizedText coopName,
    String name,
    String kana,
    String number,
    String digits,
    MemberStatus status,
    LocalDate validThrough) {

  static MembershipCard of(Member m, LocalDate today) {
    boolean active = m.status() == MemberStatus.ACTIVE;
    return new MembershipCard(
        m.id(),
        m.coop().code(),
        m.coop().name(),
        m.name().full(),
        m.name().fullKana(),
        m.number().map(MembershipNumber::formatted).orElse(null),
        m.number().map(MembershipNumber::value).orElse(null),
        m.status(),
        active ? endOfAcademicYear(today) : null);
  }

  /**
   * The card is valid through 31 March of the current academic year, which in Japan runs from April
   * to March: membership continues year to year, but graduation and withdrawal fall at the year's
   * end, so the card never promises more than the year the member is known to be in.
   */
  static LocalDate endOfAcademicYear(LocalDate today) {
    int year = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
    return LocalDate.of(year, 3, 31);
  }

  /** Whether a token can be shown: only an active membership is a card to pay or check with. */
  public boolean active() {
    return status == MemberStatus.ACTIVE;
  }
}
