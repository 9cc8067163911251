package org.kumiai.domain.membership;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.PhoneNumber;

/**
 * A membership of one person in one co-op. A person in two co-ops has two members, which one
 * sign-in may hold. The membership number exists once enrollment is paid.
 */
@Entity
@Table(name = "member")
public class Member {

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
  @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "coop_id")
  private Coop coop;

  @Embedded private MembershipNumber number;

  @Embedded private PersonName name;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "email", length = 254))
  private EmailAddress email;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "phone", length = 16))
  private PhoneNumber phone;

  @Embedded private PostalAddress address;

  @Embedded private Affiliation affiliation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MemberStatus status;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Version private long version;

  protected Member() {}

  /** An application to join; the number comes with {@link #activate}. */
  public Member(
      Coop coop,
      PersonName name,
      LocalDate dateOfBirth,
      EmailAddress email,
      PhoneNumber phone,
      PostalAddress address,
      Affiliation affiliation,
      Instant appliedAt) {
    this.coop = Objects.requireNonNull(coop, "coop");
    this.name = Objects.requireNonNull(name, "name");
    this.dateOfBirth = birthDate(dateOfBirth, appliedAt);
    this.email = email;
    this.phone = phone;
    this.address = address;
    this.affiliation = Objects.requireNonNull(affiliation, "affiliation");
    this.appliedAt = appliedAt.truncatedTo(ChronoUnit.MICROS);
    this.status = MemberStatus.APPLIED;
  }

  /** A date of birth a member can have on {@code now}: not empty, not in the future, not absurd. */
  public static LocalDate birthDate(LocalDate date, Instant now) {
    if (date == null) {
      throw new InvalidValueException("dateOfBirth", "EMPTY");
    }
    if (date.isAfter(LocalDate.ofInstant(now, CoopTime.ZONE))) {
      throw new InvalidValueException("dateOfBirth", "IN_FUTURE");
    }
    if (date.isBefore(EARLIEST_BIRTH)) {
      throw new InvalidValueException("dateOfBirth", "TOO_EARLY");
    }
    return date;
  }

  /** Enrollment paid: the member gets the number and becomes active. */
  public void activate(MembershipNumber number) {
    if (status != MemberStatus.APPLIED) {
      throw new IllegalStateException("Only an application can be activated, not " + status);
    }
    this.number = Objects.requireNonNull(number, "number");
    this.status = MemberStatus.ACTIVE;
  }

  /** The withdrawal is paid out: the membership ends; its number and history stay. */
  public void withdraw() {
    if (status != MemberStatus.ACTIVE) {
      throw new IllegalStateException("Only an active member can withdraw, not " + status);
    }
    this.status = MemberStatus.WITHDRAWN;
  }

  /**
   * The registered address, which is also the sign-in address; a member with none registers one
   * this way. Returns the address it replaces.
   */
  public Optional<EmailAddress> changeEmail(EmailAddress newEmail) {
    Optional<EmailAddress> old = Optional.ofNullable(email);
    this.email = Objects.requireNonNull(newEmail, "newEmail");
    return old;
  }

  /** Whether this is the person who knows the number and the date of birth. */
  public boolean isBornOn(LocalDate date) {
    return dateOfBirth.equals(date);
  }

  /** A phone number corrected at the counter; returns the one it replaces. */
  public Optional<PhoneNumber> changePhone(PhoneNumber newPhone) {
    Optional<PhoneNumber> old = Optional.ofNullable(phone);
    this.phone = Objects.requireNonNull(newPhone, "newPhone");
    return old;
  }

  /** The member moved; returns the address it replaces. */
  public Optional<PostalAddress> changeAddress(PostalAddress newAddress) {
    Optional<PostalAddress> old = Optional.ofNullable(address);
    this.address = Objects.requireNonNull(newAddress, "newAddress");
    return old;
  }

  /** A name or its reading corrected (marriage, a typo at enrollment); returns the old name. */
  public PersonName rename(PersonName newName) {
    PersonName old = name;
    this.name = Objects.requireNonNull(newName, "newName");
    return old;
  }

  public Long id() {
    return id;
  }

  public Coop coop() {
    return coop;
  }

  public Optional<MembershipNumber> number() {
    return Optional.ofNullable(number);
  }

  public PersonName name() {
    return name;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public Optional<EmailAddress> email() {
    return Optional.ofNullable(email);
  }

  public Optional<PhoneNumber> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<PostalAddress> address() {
    return Optional.ofNullable(address);
  }

  public Affiliation affiliation() {
    return affiliation;
  }

  public MemberStatus status() {
    return status;
  }

  /** No business key exists before the number is issued, so identity is the stored id. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Member other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Member.class.hashCode();
  }
}
