package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.SecondFactor;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.MemberChange;

/**
 * Everything the staff member page shows of one member, one record per tab; later contexts (wallet,
 * meal plan) add their own views beside this one rather than growing it.
 */
public record MemberDetail(
    MemberRow member,
    Profile profile,
    List<MemberRow> otherMemberships,
    LinkedAccount account,
    List<Change> history)
    implements Serializable {

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
