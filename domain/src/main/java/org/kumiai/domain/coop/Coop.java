package org.kumiai.domain.coop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.Table;
import java.time.MonthDay;
import java.util.Objects;
import org.kumiai.domain.mealplan.DietaryProfile;
import org.kumiai.domain.mealplan.MealRefundRule;
import org.kumiai.domain.shared.LocalizedText;

/** A member co-op (会員生協), e.g. 〇〇大学生活協同組合. */
@Entity
@Table(name = "coop")
public class Coop {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coop_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "federation_id")
  private Federation federation;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  @Column(name = "contact_phone", length = 20)
  private String contactPhone;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "points_bp", nullable = false)
  private int pointsBasisPoints = 50;

  @Column(name = "book_points_bp", nullable = false)
  private int bookPointsBasisPoints = 1_000;

  @Column(name = "charge_max", nullable = false)
  private long chargeMax = 100_000;

  @Column(name = "balance_max", nullable = false)
  private long balanceMax = 200_000;

  @Column(name = "meal_day_start_hour", nullable = false)
  private int mealDayStartHour = 4;

  @Enumerated(EnumType.STRING)
  @Column(name = "dietary_profile", nullable = false, length = 16)
  private DietaryProfile dietaryProfile = DietaryProfile.MALE_MODERATE;

  @Enumerated(EnumType.STRING)
  @Column(name = "meal_refund_rule", nullable = false, length = 16)
  private MealRefundRule mealRefundRule = MealRefundRule.BALANCE;

  @Column(name = "withdrawal_deadline", nullable = false, length = 5)
  private MonthDay withdrawalDeadline = MonthDay.of(11, 30);

  @Enumerated(EnumType.STRING)
  @Column(name = "emoney_on_leaving", nullable = false, length = 16)
  private EmoneyOnLeaving emoneyOnLeaving = EmoneyOnLeaving.REFUNDED;

  protected Coop() {}

  public Coop(
      String code,
      Federation federation,
      LocalizedText name,
      String contactPhone,
      String contactEmail) {
    this.code = CoopCodes.require(code);
    this.federation = Objects.requireNonNull(federation, "federation");
    this.name = Objects.requireNonNull(name, "name");
    this.contactPhone = contactPhone;
    this.contactEmail = contactEmail;
  }

  /**
   * The co-op's rules for leaving: the yearly deadline for a withdrawal refunded the next spring,
   * and what happens to remaining e-money.
   */
  public void leavingRules(MonthDay withdrawalDeadline, EmoneyOnLeaving emoneyOnLeaving) {
    this.withdrawalDeadline = Objects.requireNonNull(withdrawalDeadline, "withdrawalDeadline");
    this.emoneyOnLeaving = Objects.requireNonNull(emoneyOnLeaving, "emoneyOnLeaving");
  }

  public WalletRules walletRules() {
    return new WalletRules(pointsBasisPoints, bookPointsBasisPoints, chargeMax, balanceMax);
  }

  /** New points rates and charge limits; they apply to what comes after, never to the past. */
  public void walletRules(WalletRules rules) {
    Objects.requireNonNull(rules, "rules");
    this.pointsBasisPoints = rules.pointsBasisPoints();
    this.bookPointsBasisPoints = rules.bookPointsBasisPoints();
    this.chargeMax = rules.chargeMax();
    this.balanceMax = rules.balanceMax();
  }

  /** Points on spending, in basis points (50 = 0.5%); books have their own rate. */
  public int pointsBasisPoints(boolean books) {
    return books ? bookPointsBasisPoints : pointsBasisPoints;
  }

  /** The hour (Japan time) a cafeteria day begins: meal plan caps are counted per such day. */
  public int mealDayStartHour() {
    return mealDayStartHour;
  }

  /** The daily targets a member's cafeteria days are set against until they pick their own. */
  public DietaryProfile dietaryProfile() {
    return dietaryProfile;
  }

  /** The most one charge may add. */
  public long chargeMax() {
    return chargeMax;
  }

  /** The most e-money (base, cafeteria, textbook) a wallet may hold after a charge. */
  public long balanceMax() {
    return balanceMax;
  }

  public MonthDay withdrawalDeadline() {
    return withdrawalDeadline;
  }

  /** What the co-op gives back of a meal plan at withdrawal. */
  public MealRefundRule mealRefundRule() {
    return mealRefundRule;
  }

  public void mealRefund(MealRefundRule rule) {
    this.mealRefundRule = Objects.requireNonNull(rule, "rule");
  }

  public EmoneyOnLeaving emoneyOnLeaving() {
    return emoneyOnLeaving;
  }

  public String code() {
    return code;
  }

  public LocalizedText name() {
    return name;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public String contactEmail() {
    return contactEmail;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coop other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
