package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.Yen;

/**
 * A wallet's auto-charge (オートチャージ): when a purse falls below a threshold, charge a fixed amount or
 * top it up to a target with the member's saved card. A decline switches it off until the member
 * sets it again, and so does a charge the acquirer does not answer three times: it is never retried
 * into a loop. Each charge has its own acquirer key (the round), so asking again after a timeout is
 * the same charge. A purse left below the threshold by a fixed charge is charged again only once
 * something has moved it (a payment), as a card reader charges at each use, not at each of the
 * timer's passes: a rule of 1,000 below 5,000 charges once per payment, not five times in five
 * minutes.
 */
@Entity
@Table(name = "auto_charge")
public class AutoCharge {

  /** How many unanswered tries a round gets before it gives up. */
  static final int TRIES = 3;

  /** Charge a fixed amount, or whatever brings the purse up to the target. */
  public enum Mode {
    FIXED,
    TOP_UP
  }

  /** On; off after a failure (until set again); off by the member. */
  public enum Status {
    ON,
    FAILED,
    OFF
  }

  @Id
  @Column(name = "wallet_id")
  private long walletId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Purse purse;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Mode mode;

  @Column(nullable = false)
  private long threshold;

  @Column(nullable = false)
  private long amount;

  @Column(name = "card_token", nullable = false, length = 64)
  private String cardToken;

  @Column(name = "card_last4", nullable = false, length = 4)
  private String cardLast4;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Status status;

  @Column(nullable = false)
  private int rounds;

  @Column(nullable = false)
  private int tries;

  @Column(length = 40)
  private String failure;

  /** The purse's balance the last charge left, while that charge is the purse's last movement. */
  @Column(name = "charged_to")
  private Long chargedTo;

  /**
   * The amount the round's charge was sent with while the acquirer has not answered it: asked again
   * as it was, whatever the purse holds or the rule says by then, since the acquirer may have made
   * that charge and knows its key only with that amount.
   */
  @Column(name = "asked")
  private Long asked;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected AutoCharge() {}

  public AutoCharge(long walletId, Instant now) {
    this.walletId = walletId;
    this.status = Status.OFF;
    this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Sets the rule: below {@code threshold} in {@code purse}, charge {@code amount} (FIXED) or up to
   * {@code amount} (TOP_UP), with the saved card; switches it on and forgets an earlier failure.
   */
  public void set(
      Purse purse, Mode mode, Yen threshold, Yen amount, String token, String last4, Instant now) {
    check(purse, mode, threshold, amount);
    if (asked != null) {
      // The unanswered charge is asked again with its card; another card under its key would be
      // another charge.
      throw new InvalidValueException("autoAmount", "CHARGE_PENDING");
    }
    this.purse = purse;
    this.mode = mode;
    this.threshold = threshold.value();
    this.amount = amount.value();
    this.cardToken = token;
    this.cardLast4 = last4;
    this.status = Status.ON;
    this.failure = null;
    this.tries = 0;
    this.chargedTo = null;
    this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Checks a rule before the card is asked for: the purse, the mode, a sensible amount. */
  public static void check(Purse purse, Mode mode, Yen threshold, Yen amount) {
    if (purse == null || !ChargeRules.CHARGEABLE.contains(purse)) {
      throw new InvalidValueException("purse", "NOT_CHOSEN");
    }
    if (mode == null) {
      throw new InvalidValueException("mode", "NOT_CHOSEN");
    }
    if (mode == Mode.FIXED && amount.compareTo(ChargeRules.MIN) < 0) {
      throw new InvalidValueException("autoAmount", "BELOW_MINIMUM");
    }
    if (mode == Mode.TOP_UP && amount.value() < threshold.value() + ChargeRules.MIN.value()) {
      throw new InvalidValueException("autoAmount", "TARGET_TOO_LOW");
    }
  }

  /**
   * What to charge now: an unanswered round's amount, asked again even when the rule has been
   * turned off since; otherwise what this purse balance calls for, if anything.
   */
  public Optional<Yen> due(Yen balance) {
    if (asked != null) {
      return Optional.of(Yen.of(asked));
    }
    if (status != Status.ON
        || balance.value() >= threshold
        || Long.valueOf(balance.value()).equals(chargedTo)) {
      return Optional.empty();
    }
    return Optional.of(Yen.of(mode == Mode.FIXED ? amount : amount - balance.value()));
  }

  /** The acquirer key of the current round's charge. */
  public String key() {
    return "auto-" + walletId + "-" + rounds;
  }

  /** The round's charge was made and left the purse at {@code balance}. */
  public void charged(Yen balance, Instant now) {
    chargedTo = balance.value();
    asked = null;
    rounds++;
    tries = 0;
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** A decline, or a charge the limits refuse: off until the member sets it again. */
  public void failed(String reason, Instant now) {
    status = Status.FAILED;
    asked = null;
    failure = reason;
    rounds++;
    tries = 0;
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * No answer from the acquirer to a charge of {@code amount}: the same key is asked again with the
   * same amount, up to {@value #TRIES} times.
   */
  public boolean unanswered(Yen amount, Instant now) {
    asked = amount.value();
    tries++;
    if (tries >= TRIES) {
      failed("TIMEOUT", now);
      return true;
    }
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    return false;
  }

  public void turnOff(Instant now) {
    status = Status.OFF;
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public long walletId() {
    return walletId;
  }

  /** The amount of a charge the acquirer has not answered yet, to be asked again. */
  public Optional<Yen> asked() {
    return Optional.ofNullable(asked).map(Yen::of);
  }

  public Purse purse() {
    return purse;
  }

  public Mode mode() {
    return mode;
  }

  public Yen threshold() {
    return Yen.of(threshold);
  }

  public Yen amount() {
    return Yen.of(amount);
  }

  public String cardToken() {
    return cardToken;
  }

  public String cardLast4() {
    return cardLast4;
  }

  public Status status() {
    return status;
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
