package org.kumiai.domain.mealplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A wallet's meal plan for one academic year: which product, how it was bought and the ledger
 * transaction that put its price in the MEAL purse. One per wallet and year.
 */
@Entity
@Table(name = "meal_plan_holding")
public class MealPlanHolding {

  /** Where the plan was bought. */
  public enum Source {
    ENROLLMENT,
    COUNTER,
    PORTAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meal_plan_holding_seq")
  @SequenceGenerator(
      name = "meal_plan_holding_seq",
      sequenceName = "meal_plan_holding_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "wallet_id", nullable = false)
  private long walletId;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Column(name = "academic_year", nullable = false)
  private int academicYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Source source;

  @Column(name = "transaction_id", nullable = false)
  private long transactionId;

  @Column(name = "bought_at", nullable = false)
  private Instant boughtAt;

  @Column(name = "bought_by", nullable = false, length = 254)
  private String boughtBy;

  protected MealPlanHolding() {}

  public MealPlanHolding(
      long walletId,
      MealPlan plan,
      Source source,
      long transactionId,
      Instant boughtAt,
      String boughtBy) {
    this.walletId = walletId;
    this.planId = plan.id();
    this.academicYear = plan.academicYear();
    this.source = source;
    this.transactionId = transactionId;
    this.boughtAt = boughtAt.truncatedTo(ChronoUnit.MICROS);
    this.boughtBy = boughtBy;
  }

  public long walletId() {
    return walletId;
  }

  public long planId() {
    return planId;
  }

  public int academicYear() {
    return academicYear;
  }

  public Source source() {
    return source;
  }

  public long transactionId() {
    return transactionId;
  }

  public Instant boughtAt() {
    return boughtAt;
  }
}
