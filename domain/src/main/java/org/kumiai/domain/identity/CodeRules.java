package org.kumiai.domain.identity;

import java.time.Duration;

/**
 * How one-time codes behave: the Azure AD B2C defaults the co-ops use today — valid 10 minutes, 5
 * tries, a new one no sooner than a minute after the last.
 */
public record CodeRules(Duration validFor, int attempts, Duration resendAfter) {

  public static final CodeRules STANDARD =
      new CodeRules(Duration.ofMinutes(10), 5, Duration.ofSeconds(60));

  public CodeRules {
    if (validFor.isNegative() || validFor.isZero() || attempts < 1 || resendAfter.isNegative()) {
      throw new IllegalArgumentException("Codes need a positive lifetime and attempts");
    }
  }
}
