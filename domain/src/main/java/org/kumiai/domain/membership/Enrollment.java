package org.kumiai.domain.membership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

/**
 * An application to join a co-op: the items chosen, their total, and whether it was paid. Paying it
 * is what issues the membership number; an application nobody pays expires, so an abandoned form
 * never turns into a member.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

  /** The largest first deposit a form accepts; more is a charge, not an enrollment item. */
  public static final Yen MAX_DEPOSIT = Yen.of(100_000);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
  @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "enrollment_line", joinColumns = @JoinColumn(name = "enrollment_id"))
  @OrderColumn(name = "position")
  private List<EnrollmentLine> lines = new ArrayList<>();

  @Column(name = "total", nullable = false)
  private long total;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private EnrollmentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method", length = 10)
  private PaymentMethod paymentMethod;

  @Column(name = "payment_reference", length = 64)
  private String paymentReference;

  @Column(name = "payment_attempt", nullable = false)
  private int paymentAttempt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "entered_by", length = 254)
  private String enteredBy;

  @Column(name = "card_unanswered_at")
  private Instant cardUnansweredAt;

  @Column(name = "card_unanswered_language", length = 8)
  private String cardUnansweredLanguage;

  @Version private long version;

  protected Enrollment() {}

  /**
   * The items chosen from the co-op's catalogue, as units per product (a deposit's "units" are its
   * yen). Every required product must be there at its minimum; nothing above its maximum. {@code
   * enteredBy} is the staff member who typed it in, or null for the applicant's own form.
   */
  public Enrollment(
      long memberId,
      List<Product> catalogue,
      Map<String, Integer> chosen,
      Instant now,
      Duration payWithin,
      String enteredBy) {
    this.memberId = memberId;
    this.enteredBy = enteredBy;
    Yen sum = Yen.ZERO;
    for (Product product : catalogue) {
      int units = Optional.ofNullable(chosen.get(product.code())).orElse(0);
      String field = "item_" + product.code();
      if (units < 0) {
        throw new InvalidValueException(field, "NEGATIVE");
      }
      if (product.kind() == ProductKind.DEPOSIT) {
        if (units == 0) {
          continue;
        }
        Yen amount = Yen.of(units);
        if (amount.compareTo(product.unitPrice()) < 0 || amount.compareTo(MAX_DEPOSIT) > 0) {
          throw new InvalidValueException(field, "OUT_OF_RANGE");
        }
        lines.add(new EnrollmentLine(product, 1, amount));
        sum = sum.plus(amount);
        continue;
      }
      if (units == 0 && !product.required()) {
        continue;
      }
      if (units < product.minUnits()) {
        throw new InvalidValueException(field, "BELOW_MINIMUM");
      }
      if (units > product.maxUnits()) {
        throw new InvalidValueException(field, "ABOVE_MAXIMUM");
      }
      Yen amount = product.unitPrice().times(units);
      lines.add(new EnrollmentLine(product, units, amount));
      sum = sum.plus(amount);
    }
    for (String code : chosen.keySet()) {
      if (catalogue.stream().noneMatch(p -> p.code().equals(code))) {
        throw new InvalidValueException("item_" + code, "UNKNOWN");
      }
    }
    this.total = sum.value();
    this.status = EnrollmentStatus.AWAITING_PAYMENT;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = createdAt.plus(payWithin);
  }

  /** Paid: the caller issues the number to the member in the same transaction. */
  public void pay(PaymentMethod method, String reference, Instant now) {
    if (status == EnrollmentStatus.AWAITING_PAYMENT && cardUnansweredAt != null) {
      // Only the card charge's answer pays it, even late: the money may have been taken in time.
      if (method != PaymentMethod.CARD) {
        throw new CardAnswerPendingException();
      }
    } else if (status == EnrollmentStatus.AWAITING_PAYMENT && !now.isBefore(expiresAt)) {
      status = EnrollmentStatus.EXPIRED;
    }
    if (status != EnrollmentStatus.AWAITING_PAYMENT) {
      throw new EnrollmentClosedException(status);
    }
    this.paymentMethod = Objects.requireNonNull(method, "method");
    this.paymentReference = reference;
    this.paidAt = now.truncatedTo(ChronoUnit.MICROS);
    this.status = EnrollmentStatus.PAID;
    answered();
  }

  /**
   * True when this call expired it. An application whose card charge the acquirer has not answered
   * does not expire: the money may have been taken, so it waits for the answer (the applicant
   * paying again with the same key, or the timer asking the acquirer), then is paid or expires.
   */
  public boolean expireIfDue(Instant now) {
    if (status == EnrollmentStatus.AWAITING_PAYMENT
        && !now.isBefore(expiresAt)
        && cardUnansweredAt == null) {
      status = EnrollmentStatus.EXPIRED;
      return true;
    }
    return false;
  }

  /**
   * The key the card gateway uses to recognise a retried charge: the same after a timeout (the
   * charge may have gone through), a new one after a decline (the next card is a new charge).
   */
  public String paymentKey() {
    return "enrollment-" + id + "-" + paymentAttempt;
  }

  /** The card was declined (or the acquirer says an unanswered charge was not made). */
  public void declined() {
    paymentAttempt++;
    answered();
  }

  /**
   * The acquirer did not answer the charge sent under {@link #paymentKey()}; {@code mailLanguage}
   * is the language of the applicant's page, for the welcome mail if the charge turns out made.
   */
  public void cardUnanswered(Instant now, Locale mailLanguage) {
    if (cardUnansweredAt == null) {
      cardUnansweredAt = now.truncatedTo(ChronoUnit.MICROS);
    }
    cardUnansweredLanguage = mailLanguage.getLanguage();
  }

  /**
   * The welcome mail's language while a card charge of this application awaits the acquirer's
   * answer; empty when none does.
   */
  public Optional<Locale> awaitingCardAnswer() {
    return Optional.ofNullable(cardUnansweredLanguage)
        .filter(l -> cardUnansweredAt != null)
        .map(Locale::forLanguageTag);
  }

  private void answered() {
    cardUnansweredAt = null;
    cardUnansweredLanguage = null;
  }

  public Long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public List<EnrollmentLine> lines() {
    return List.copyOf(lines);
  }

  public Yen total() {
    return Yen.of(total);
  }

  public EnrollmentStatus status() {
    return status;
  }

  public Optional<PaymentMethod> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** The staff member who entered it at the counter or by import; empty when the applicant did. */
  public Optional<String> enteredBy() {
    return Optional.ofNullable(enteredBy);
  }

  public Optional<String> paymentReference() {
    return Optional.ofNullable(paymentReference);
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }
}
