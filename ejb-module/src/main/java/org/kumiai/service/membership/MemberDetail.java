package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.SecondFactor;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.EnrollmentStatus;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.PaymentMethod;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.shared.Yen;

/**
 * Everything the staff member page shows of one member, one record per tab; later contexts (wallet,
 * meal plan) add their own views beside this one rather than growing it.
 */
public record MemberDetail(
    MemberRow member,
    Profile profile,
    List<MemberRow> otherMemberships,
    LinkedAccount account,
    List<Application> applications,
    List<Leaving> withdrawals,
    List<Change> history)
    implements Serializable {

  /**
   * One enrollment application: its items, total and payment, and who entered it (null: the
   * applicant on /join).
   */
  public record Application(
      long id,
      Instant createdAt,
      EnrollmentStatus status,
      Yen total,
      PaymentMethod paymentMethod,
      String paymentReference,
      Instant paidAt,
      String enteredBy,
      List<EnrollmentView.Line> lines)
      implements Serializable {

    static Application of(Enrollment e) {
      return new Application(
          e.id(),
          e.createdAt(),
          e.status(),
          e.total(),
          e.paymentMethod().orElse(null),
          e.paymentReference().orElse(null),
          e.paidAt().orElse(null),
          e.enteredBy().orElse(null),
          e.lines().stream()
              .map(
                  l ->
                      new EnrollmentView.Line(
                          l.productCode(),
                          l.nameJa(),
                          l.nameEn(),
                          l.term(),
                          l.quantity(),
                          l.amount()))
              .toList());
    }
  }

  /** One withdrawal request, linking to its review page. */
  public record Leaving(long id, Instant requestedAt, Withdrawal.Status status, Yen refund)
      implements Serializable {

    static Leaving of(Withdrawal w) {
      return new Leaving(w.id(), w.requestedAt(), w.status(), w.refund().orElse(null));
    }
  }

  /** The record's fields that the search row does not carry. */
  public record Profile(
      String familyName,
      String givenName,
      String familyKana,
      String givenKana,
      String postalCode,
      String prefecture,
      String city,
      String addressLine1,
      String addressLine2,
      AffiliationKind affiliation,
      String department,
      String studentNumber,
      Integer entryYear)
      implements Serializable {

    public boolean hasAddress() {
      return postalCode != null;
    }

    /** 〒980-8577 style, or empty. */
    public String formattedPostalCode() {
      return postalCode == null ? "" : postalCode.substring(0, 3) + "-" + postalCode.substring(3);
    }
  }

  /** The portal account the membership is linked to; null when the member has not signed up. */
  public record LinkedAccount(
      String email,
      OnboardingStep nextStep,
      Set<SecondFactor> factors,
      SecondFactor defaultFactor,
      boolean totp,
      int unusedRecoveryCodes)
      implements Serializable {

    /** Password and phone proven: the member can sign in. */
    public boolean signedUp() {
      return nextStep == OnboardingStep.PROFILE || nextStep == OnboardingStep.DONE;
    }
  }

  /** One history row. */
  public record Change(
      Instant when, String actor, String field, String oldValue, String newValue, String reason)
      implements Serializable {

    static Change of(MemberChange c) {
      return new Change(
          c.changedAt(), c.actor(), c.field(), c.oldValue(), c.newValue(), c.reason());
    }
  }

  public boolean signedUp() {
    return account != null && account.signedUp();
  }
}
