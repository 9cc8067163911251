package org.kumiai.domain.identity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Katakana;
import org.kumiai.domain.shared.PhoneNumber;

/**
 * A sign-in: an email address proven by a code, then a password, then a phone for the second
 * factor. It exists from the moment the address is proven, so an interrupted sign-up resumes from
 * the data instead of from a browser session. It may hold several memberships.
 */
@Entity
@Table(name = "account")
public class Account {

  private static final int MAX_NAME = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
  @jakarta.persistence.SequenceGenerator(
      name = "identity_seq",
      sequenceName = "identity_seq",
      allocationSize = 50)
  private Long id;

  @Embedded
  @AttributeOverride(
      name = "value",
      column = @Column(name = "email", nullable = false, length = 254))
  private EmailAddress email;

  @Column(name = "email_verified_at", nullable = false)
  private Instant emailVerifiedAt;

  @Column(name = "password_hash", length = 512)
  private String passwordHash;

  @Column(name = "family_name", length = MAX_NAME)
  private String familyName;

  @Column(name = "given_name", length = MAX_NAME)
  private String givenName;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "phone", length = 16))
  private PhoneNumber phone;

  @Column(name = "phone_verified_at")
  private Instant phoneVerifiedAt;

  @Column(name = "profile_completed_at")
  private Instant profileCompletedAt;

  @Column(name = "family_kana", length = MAX_NAME)
  private String familyKana;

  @Column(name = "given_kana", length = MAX_NAME)
  private String givenKana;

  @Embedded private PostalAddress address;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "contact_phone", length = 16))
  private PhoneNumber contactPhone;

  @Column(name = "totp_secret", length = 200)
  private String sealedTotpSecret;

  @Column(name = "totp_enrolled_at")
  private Instant totpEnrolledAt;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
  private List<RecoveryCode> recoveryCodes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "default_factor", length = 10)
  private SecondFactor defaultFactor;

  @Column(name = "sessions_ended_at")
  private Instant sessionsEndedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 10)
  private Set<Role> roles = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_membership", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "member_id")
  private Set<Long> memberIds = new LinkedHashSet<>();

  @Embedded private SignInThrottle throttle = new SignInThrottle();

  /** The co-ops a staff account works for; the staff pages show nothing of the others. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_coop", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "coop_code", length = 16)
  private Set<String> coopCodes = new LinkedHashSet<>();

  /**
   * The language the person last read the portal in, for the mails that reach them while they are
   * not on it: a counter receipt, a refund, an auto-charge.
   */
  @Column(name = "mail_language", nullable = false, length = 8)
  private String mailLanguage = "ja";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Account() {}

  /** An account starts when its address has been proven by a code. */
  public Account(EmailAddress email, Instant now) {
    this.email = Objects.requireNonNull(email, "email");
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.emailVerifiedAt = createdAt;
  }

  /** Links a membership registered with this account's address; a member gets the MEMBER role. */
  public void linkMembership(long memberId) {
    memberIds.add(memberId);
    roles.add(Role.MEMBER);
  }

  /**
   * Takes a membership from this sign-in (staff found it held by the wrong person) and ends its
   * sessions, so the access stops now, not when a session expires. Without memberships left the
   * account is a prospective student's again.
   */
  public void unlinkMembership(long memberId, Instant now) {
    if (!memberIds.remove(memberId)) {
      throw new InvalidValueException("account", "NOT_LINKED");
    }
    if (memberIds.isEmpty()) {
      roles.remove(Role.MEMBER);
    }
    endAllSessions(now);
  }

  public void grant(Role role) {
    roles.add(Objects.requireNonNull(role, "role"));
  }

  /** Sets the password (already checked against the policy and hashed) and the name. */
  public void choosePassword(String hash, String family, String given) {
    this.passwordHash = Objects.requireNonNull(hash, "hash");
    this.familyName = name("familyName", family);
    this.givenName = name("givenName", given);
  }

  /**
   * Replaces the password hash after a reset. The run of failed sign-ins stays: a reset proves the
   * mailbox only, and clearing it would give whoever holds the mailbox a fresh set of second-factor
   * guesses at every reset. Only a whole sign-in clears it.
   */
  public void changePassword(String hash) {
    if (passwordHash == null) {
      throw new IllegalStateException("No password was chosen yet");
    }
    this.passwordHash = Objects.requireNonNull(hash, "hash");
  }

  /** The sign-in address follows the membership's registered address when that changes. */
  public void changeEmail(EmailAddress newEmail, Instant now) {
    this.email = Objects.requireNonNull(newEmail, "newEmail");
    this.emailVerifiedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** The phone proved by a code; the second factor for SMS and voice. */
  public void verifyPhone(PhoneNumber phone, Instant now) {
    this.phone = Objects.requireNonNull(phone, "phone");
    this.phoneVerifiedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The reading of the name, the postal address and a phone to reach the person; saving it the
   * first time finishes the sign-up. Comes after the phone, so it cannot be typed out of order.
   */
  public void saveProfile(
      String familyKana,
      String givenKana,
      PostalAddress address,
      PhoneNumber contactPhone,
      Instant now) {
    if (passwordHash == null || phoneVerifiedAt == null) {
      throw new SignUpStepException(nextStep());
    }
    this.familyKana = Katakana.parse("familyKana", familyKana);
    this.givenKana = Katakana.parse("givenKana", givenKana);
    this.address = Objects.requireNonNull(address, "address");
    this.contactPhone = Objects.requireNonNull(contactPhone, "contactPhone");
    if (profileCompletedAt == null) {
      this.profileCompletedAt = now.truncatedTo(ChronoUnit.MICROS);
    }
  }

  /**
   * An authenticator app proved by its first code; that code's step may not be used again. Not over
   * another one: replacing an app goes through its removal, which asks for proof.
   */
  public void enrolTotp(String sealedSecret, long provenStep, Instant now) {
    if (phoneVerifiedAt == null) {
      throw new SignUpStepException(nextStep());
    }
    if (sealedTotpSecret != null) {
      throw new IllegalStateException("An authenticator app is set up already");
    }
    this.sealedTotpSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
    this.totpLastStep = provenStep;
    this.totpEnrolledAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Accepts an app code's time step once: a code seen on someone's screen, or typed twice, does not
   * sign in again.
   */
  public boolean acceptTotpStep(long step) {
    if (sealedTotpSecret == null || (totpLastStep != null && step <= totpLastStep)) {
      return false;
    }
    totpLastStep = step;
    return true;
  }

  /** Removes the authenticator app; the phone stays, and becomes the default if the app was. */
  public void removeTotp() {
    sealedTotpSecret = null;
    totpLastStep = null;
    totpEnrolledAt = null;
    if (defaultFactor == SecondFactor.TOTP) {
      defaultFactor = SecondFactor.SMS;
    }
  }

  /** Replaces every recovery code (used or not) with new ones, given as their hashes. */
  public void replaceRecoveryCodes(List<String> hashes) {
    if (hashes.size() != RecoveryCode.COUNT) {
      throw new IllegalArgumentException("Exactly " + RecoveryCode.COUNT + " recovery codes");
    }
    recoveryCodes.clear();
    hashes.forEach(h -> recoveryCodes.add(new RecoveryCode(h)));
  }

  /** Uses the unused code with this hash; false when there is none (wrong, or used before). */
  public boolean useRecoveryCode(String hash, Instant now) {
    byte[] typed = hash.getBytes(StandardCharsets.US_ASCII);
    for (RecoveryCode code : recoveryCodes) {
      if (!code.isUsed()
          && MessageDigest.isEqual(code.hash().getBytes(StandardCharsets.US_ASCII), typed)) {
        code.use(now);
        return true;
      }
    }
    return false;
  }

  public int unusedRecoveryCodes() {
    return (int) recoveryCodes.stream().filter(c -> !c.isUsed()).count();
  }

  /** The factor the sign-in page offers first. */
  public void chooseDefaultFactor(SecondFactor factor) {
    if (!factors().contains(Objects.requireNonNull(factor, "factor"))) {
      throw new InvalidValueException("defaultFactor", "NOT_ENROLLED");
    }
    this.defaultFactor = factor;
  }

  /** The second factors this account can use now. */
  public Set<SecondFactor> factors() {
    Set<SecondFactor> factors = EnumSet.noneOf(SecondFactor.class);
    if (phoneVerifiedAt != null) {
      factors.add(SecondFactor.SMS);
      factors.add(SecondFactor.VOICE);
    }
    if (sealedTotpSecret != null) {
      factors.add(SecondFactor.TOTP);
    }
    return factors;
  }

  public SecondFactor defaultFactor() {
    if (defaultFactor != null && factors().contains(defaultFactor)) {
      return defaultFactor;
    }
    return SecondFactor.SMS;
  }

  /** Keeps the language the person reads the portal in: English, or else Japanese. */
  public void readsIn(Locale language) {
    this.mailLanguage = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "ja";
  }

  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  /** Ends every signed-in session of this account, on every server: each checks this time. */
  public void endAllSessions(Instant now) {
    this.sessionsEndedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether a session signed in at {@code signedInAt} has been ended since. */
  public boolean sessionEnded(Instant signedInAt) {
    return sessionsEndedAt != null && !signedInAt.isAfter(sessionsEndedAt);
  }

  /** The first step this account has not completed. */
  public OnboardingStep nextStep() {
    if (passwordHash == null) {
      return OnboardingStep.PASSWORD;
    }
    if (phoneVerifiedAt == null) {
      return OnboardingStep.PHONE;
    }
    if (profileCompletedAt == null && needsProfile()) {
      return OnboardingStep.PROFILE;
    }
    return OnboardingStep.DONE;
  }

  /**
   * Members and prospective students give an address; a staff or admin account that is not also a
   * member has no use for one.
   */
  private boolean needsProfile() {
    return !memberIds.isEmpty() || !(roles.contains(Role.STAFF) || roles.contains(Role.ADMIN));
  }

  /** Signed up with an address no membership has: a prospective student, or a typo. */
  public boolean isProspective() {
    return memberIds.isEmpty();
  }

  private static String name(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "EMPTY");
    }
    String stripped = value.strip();
    if (stripped.codePointCount(0, stripped.length()) > MAX_NAME) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
    if (stripped.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
      throw new InvalidValueException(field, "MALFORMED");
    }
    return stripped;
  }

  /**
   * Makes this account staff of the given co-ops. Staff always belong to at least one co-op: a
   * staff account without one would see either nothing or, through a missing check, everything.
   */
  public void appointStaff(Set<String> coops) {
    if (coops == null || coops.isEmpty()) {
      throw new InvalidValueException("coops", "EMPTY");
    }
    coops.forEach(this::bindToCoop);
    roles.add(Role.STAFF);
  }

  /**
   * The person left the co-op's staff: the account keeps its memberships, if any, and loses the
   * back office — its staff and admin roles and co-ops — with its sessions ended at once.
   */
  public void leaveBackOffice(Instant now) {
    roles.remove(Role.STAFF);
    roles.remove(Role.ADMIN);
    coopCodes.clear();
    endAllSessions(now);
  }

  public void bindToCoop(String coopCode) {
    coopCodes.add(Objects.requireNonNull(coopCode, "coopCode"));
  }

  /** Refuses to take a staff account's last co-op: appoint another first. */
  public void unbindFromCoop(String coopCode) {
    if (roles.contains(Role.STAFF) && coopCodes.size() == 1 && coopCodes.contains(coopCode)) {
      throw new InvalidValueException("coops", "EMPTY");
    }
    coopCodes.remove(coopCode);
  }

  public Set<String> coopCodes() {
    return Set.copyOf(coopCodes);
  }

  /**
   * The name an administrator typed when inviting this account; the invitee confirms or corrects it
   * when choosing the password.
   */
  public void nameAs(String family, String given) {
    this.familyName = name("familyName", family);
    this.givenName = name("givenName", given);
  }

  public Long id() {
    return id;
  }

  public EmailAddress email() {
    return email;
  }

  public Optional<String> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public Optional<PhoneNumber> phone() {
    return Optional.ofNullable(phone);
  }

  public String familyName() {
    return familyName;
  }

  public String givenName() {
    return givenName;
  }

  public Optional<String> familyKana() {
    return Optional.ofNullable(familyKana);
  }

  public Optional<String> givenKana() {
    return Optional.ofNullable(givenKana);
  }

  public Optional<PostalAddress> address() {
    return Optional.ofNullable(address);
  }

  public Optional<PhoneNumber> contactPhone() {
    return Optional.ofNullable(contactPhone);
  }

  public Optional<String> sealedTotpSecret() {
    return Optional.ofNullable(sealedTotpSecret);
  }

  public Optional<Instant> totpEnrolledAt() {
    return Optional.ofNullable(totpEnrolledAt);
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  public Set<Long> memberIds() {
    return Set.copyOf(memberIds);
  }

  public SignInThrottle throttle() {
    return throttle;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Account other && email.equals(other.email);
  }

  @Override
  public int hashCode() {
    return email.hashCode();
  }
}
