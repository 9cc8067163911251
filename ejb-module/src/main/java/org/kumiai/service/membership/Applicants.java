package org.kumiai.service.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.domain.shared.TypedDate;
import org.kumiai.domain.shared.TypedText;

/**
 * An applicant's data as the join form, the counter form and an import row carry it: every field
 * checked and named, and the person not already a member of (or applying to) the co-op.
 */
@ApplicationScoped
class Applicants {

  private static final int MAX_DEPARTMENT = 100;

  @Inject private MemberRepository members;
  @Inject private EnrollmentRepository enrollments;

  /** The new APPLIED member, not stored; throws naming every bad field. */
  Member newMember(Coop coop, ApplicationForm form, Instant now) {
    Member member = checked(coop, form, now);
    Optional<Member> present = samePerson(coop, member);
    if (present.isPresent()) {
      Member other = present.get();
      boolean sameEmail = other.email().isPresent() && other.email().equals(member.email());
      String reason =
          (sameEmail ? "" : "SAME_PERSON_")
              + (other.status() == MemberStatus.ACTIVE ? "ALREADY_MEMBER" : "ALREADY_APPLIED");
      throw new InvalidValuesException(
          List.of(new InvalidValueException(sameEmail ? "email" : "dateOfBirth", reason)));
    }
    return member;
  }

  /**
   * Checks the fields alone, naming every bad one; the returned member is not stored and not
   * compared with anyone.
   */
  static Member checked(Coop coop, ApplicationForm form, Instant now) {
    // Every field is checked first so the form can name all the bad ones; then built for real.
    InvalidValuesException.check(
        () ->
            PersonName.check(
                form.familyName(), form.givenName(), form.familyKana(), form.givenKana()),
        () -> Member.birthDate(TypedDate.parse("dateOfBirth", form.dateOfBirth()), now),
        () -> EmailAddress.parse(form.email()),
        () -> PhoneNumber.parse(form.phone()),
        () ->
            PostalAddress.check(
                form.postalCode(),
                form.prefecture(),
                form.city(),
                form.addressLine1(),
                form.addressLine2()),
        () -> affiliation(form));
    return new Member(
        coop,
        new PersonName(form.familyName(), form.givenName(), form.familyKana(), form.givenKana()),
        TypedDate.parse("dateOfBirth", form.dateOfBirth()),
        EmailAddress.parse(form.email()),
        PhoneNumber.parse(form.phone()),
        new PostalAddress(
            form.postalCode(),
            form.prefecture(),
            form.city(),
            form.addressLine1(),
            form.addressLine2()),
        affiliation(form),
        now);
  }

  /**
   * The member of the co-op this applicant already is: an active member, or an application still
   * waiting for payment. An application that expired unpaid does not stop a new one.
   */
  Optional<Member> samePerson(Coop coop, Member applicant) {
    return samePerson(
        coop, applicant.name(), applicant.dateOfBirth(), applicant.email().orElse(null));
  }

  private Optional<Member> samePerson(
      Coop coop, PersonName name, LocalDate born, EmailAddress email) {
    return members.samePerson(coop, name, born, email).stream()
        .filter(
            m ->
                m.status() == MemberStatus.ACTIVE
                    || enrollments.of(m.id()).stream()
                        .anyMatch(e -> e.status() == EnrollmentStatus.AWAITING_PAYMENT))
        .findFirst();
  }

  private static Affiliation affiliation(ApplicationForm form) {
    AffiliationKind kind;
    try {
      kind = AffiliationKind.valueOf(form.affiliation() == null ? "" : form.affiliation());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("affiliation", "NOT_CHOSEN");
    }
    String department = TypedText.required("department", form.department(), MAX_DEPARTMENT);
    String studentNumber =
        form.studentNumber() == null || form.studentNumber().isBlank()
            ? null
            : TypedText.required("studentNumber", form.studentNumber(), 20);
    return new Affiliation(kind, department, studentNumber, null);
  }
}
