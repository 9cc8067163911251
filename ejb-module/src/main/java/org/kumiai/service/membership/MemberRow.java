package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.LocalDate;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;

/** One member as the staff search lists it and the CSV exports it. */
public record MemberRow(
    long id,
    String number,
    String coopCode,
    String coopJa,
    String coopEn,
    String name,
    String kana,
    LocalDate dateOfBirth,
    String email,
    String phone,
    MemberStatus status)
    implements Serializable {

  static MemberRow of(Member m) {
    return new MemberRow(
        m.id(),
        m.number().map(MembershipNumber::formatted).orElse(""),
        m.coop().code(),
        m.coop().name().ja(),
        m.coop().name().en(),
        m.name().full(),
        m.name().fullKana(),
        m.dateOfBirth(),
        m.email().map(EmailAddress::value).orElse(""),
        m.phone().map(PhoneNumber::national).orElse(""),
        m.status());
  }

  /** The co-op's name in the page's language: Japanese unless English was chosen. */
  public String coopName(String language) {
    return "en".equals(language) ? coopEn : coopJa;
  }
}
