package org.kumiai.domain.coop;

import org.kumiai.domain.shared.InvalidValueException;

/**
 * A co-op's e-money rules (REQUIREMENTS §4): the points rate on spending and on books, in basis
 * points (50 = 0.5%), the most one charge may add and the most a wallet may hold after a charge.
 * Each bad value is refused naming its field.
 */
public record WalletRules(
    int pointsBasisPoints, int bookPointsBasisPoints, long chargeMax, long balanceMax) {

  /** A rate of 100% gives back all that was spent; more would pay members to shop. */
  public static final int MAX_BASIS_POINTS = 10_000;

  /** The smallest charge a member may make; a lower maximum would leave no charge possible. */
  public static final long SMALLEST_CHARGE = 1_000;

  /** Eight digits, as amounts are typed everywhere else. */
  public static final long LARGEST_LIMIT = 99_999_999;

  public WalletRules {
    if (pointsBasisPoints < 0 || pointsBasisPoints > MAX_BASIS_POINTS) {
      throw new InvalidValueException("pointsRate", "NOT_A_RATE");
    }
    if (bookPointsBasisPoints < 0 || bookPointsBasisPoints > MAX_BASIS_POINTS) {
      throw new InvalidValueException("bookPointsRate", "NOT_A_RATE");
    }
    if (chargeMax < SMALLEST_CHARGE) {
      throw new InvalidValueException("chargeMax", "BELOW_SMALLEST_CHARGE");
    }
    if (chargeMax > LARGEST_LIMIT) {
      throw new InvalidValueException("chargeMax", "TOO_LARGE");
    }
    if (balanceMax > LARGEST_LIMIT) {
      throw new InvalidValueException("balanceMax", "TOO_LARGE");
    }
    if (balanceMax < chargeMax) {
      throw new InvalidValueException("balanceMax", "BELOW_CHARGE_MAX");
    }
  }
}
