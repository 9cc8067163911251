package org.kumiai.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.OnboardingStep;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Katakana;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.audit.AuditTrail;

/**
 * The profile: the last step of the sign-up, and later {@code /member/profile}. Every field is
 * checked before anything is written, so a form with three mistakes names all three and keeps the
 * profile as it was.
 */
@Stateless
public class Profiles {

  @Inject private AccountRepository accounts;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The saved profile, or the phone proven at sign-up as the suggestion for a first one. */
  public ProfileInput current(String email) {
    Account account = account(email);
    Optional<PostalAddress> address = account.address();
    return new ProfileInput(
        account.familyKana().orElse(null),
        account.givenKana().orElse(null),
        address.map(PostalAddress::formattedPostalCode).orElse(null),
        address.map(PostalAddress::prefecture).orElse(null),
        address.map(PostalAddress::city).orElse(null),
        address.map(PostalAddress::line1).orElse(null),
        address.map(PostalAddress::line2).orElse(null),
        account.contactPhone().or(account::phone).map(PhoneNumber::national).orElse(null));
  }

  public OnboardingStep save(String email, ProfileInput in) {
    Account account = account(email);
    if (account.nextStep().compareTo(OnboardingStep.PROFILE) < 0) {
      throw new SignUpStepException(account.nextStep());
    }
    InvalidValuesException.check(
        () -> Katakana.parse("familyKana", in.familyKana()),
        () -> Katakana.parse("givenKana", in.givenKana()),
        () ->
            PostalAddress.check(
                in.postalCode(), in.prefecture(), in.city(), in.addressLine1(), in.addressLine2()),
        () -> contactPhone(in.phone()));
    account.saveProfile(
        in.familyKana(),
        in.givenKana(),
        new PostalAddress(
            in.postalCode(), in.prefecture(), in.city(), in.addressLine1(), in.addressLine2()),
        contactPhone(in.phone()),
        clock.instant());
    audit.record(AuditAction.PROFILE_SAVED, email, email, null, null);
    return account.nextStep();
  }

  /** The same rules as the sign-in phone, reported against the profile's own field. */
  private static PhoneNumber contactPhone(String typed) {
    try {
      return PhoneNumber.parse(typed);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("contactPhone", e.reason());
    }
  }

  private Account account(String email) {
    return accounts
        .findByEmailForUpdate(EmailAddress.parse(email))
        .orElseThrow(() -> new SignUpStepException(OnboardingStep.EMAIL));
  }
}
