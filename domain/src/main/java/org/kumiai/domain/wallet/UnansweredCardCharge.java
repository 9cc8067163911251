package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.shared.Yen;

/**
 * A member's card charge the acquirer did not answer (a timeout), into a purse or for a meal plan:
 * the acquirer may have made it. Kept until it is settled — by the member asking again with the
 * same key, or by the wallet's timer asking the acquirer what became of it — so a charge that went
 * through is credited even when the member left the page, and one that did not is forgotten.
 */
@Entity
@Table(name = "card_charge_unanswered")
public class UnansweredCardCharge {

  /** The charge page's key; the acquirer knows it as {@code wallet-<key>}. */
  @Id
  @Column(name = "charge_key", length = 64)
  private String chargeKey;

  @Column(name = "wallet_id", nullable = false)
  private long walletId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Purse purse;

  @Column(nullable = false)
  private long amount;

  /** The meal plan the charge buys (its price into MEAL), or none for a charge into a purse. */
  @Column(name = "plan_id")
  private Long planId;

  /** The member's sign-in that asked, for the receipt and the audit log. */
  @Column(name = "asked_by", nullable = false, length = 254)
  private String askedBy;

  @Column(name = "mail_language", nullable = false, length = 8)
  private String mailLanguage;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  protected UnansweredCardCharge() {}

  public UnansweredCardCharge(
      String chargeKey,
      long walletId,
      Purse purse,
      Yen amount,
      String askedBy,
      Locale language,
      Instant at) {
    this.chargeKey = chargeKey;
    this.walletId = walletId;
    this.purse = purse;
    this.amount = amount.value();
    this.askedBy = askedBy;
    this.mailLanguage = language.toLanguageTag();
    this.askedAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  /** The same charge buying meal plan {@code planId}, its price credited to MEAL. */
  public UnansweredCardCharge buying(long planId) {
    this.planId = planId;
    return this;
  }

  public Optional<Long> planId() {
    return Optional.ofNullable(planId);
  }

  public String chargeKey() {
    return chargeKey;
  }

  public long walletId() {
    return walletId;
  }

  public Purse purse() {
    return purse;
  }

  public Yen amount() {
    return Yen.of(amount);
  }

  public String askedBy() {
    return askedBy;
  }

  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  public Instant askedAt() {
    return askedAt;
  }
}
