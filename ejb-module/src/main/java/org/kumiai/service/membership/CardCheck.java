package org.kumiai.service.membership;

import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.LocalizedText;

/**
 * What the counter learns from a scanned card: only the outcome unless it is valid. A token of a
 * member outside the staff member's co-ops is INVALID, as a forged one is, so a card check cannot
 * be used to learn about another co-op's members.
 */
public record CardCheck(
    Result result,
    String name,
    String kana,
    String number,
    String coopCode,
    LocalizedText coopName,
    MemberStatus status) {

  /** The three answers the counter tells apart. */
  public enum Result {
    VALID,
    EXPIRED,
    INVALID
  }

  static CardCheck answer(Result result) {
    return new CardCheck(result, null, null, null, null, null, null);
  }

  public boolean valid() {
    return result == Result.VALID;
  }
}
