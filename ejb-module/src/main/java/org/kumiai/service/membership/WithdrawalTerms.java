package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.LocalDate;
import org.kumiai.domain.coop.EmoneyOnLeaving;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.Yen;

/**
 * What withdrawing means for one membership today: the share capital to be refunded, the e-money
 * still held and the co-op's rule for it, the deadline, and when it would take effect.
 */
public record WithdrawalTerms(
    long memberId,
    String coopName,
    MemberStatus status,
    Yen shareCapital,
    Yen emoney,
    EmoneyOnLeaving emoneyRule,
    LocalDate deadline,
    LocalDate effectiveOn,
    boolean late)
    implements Serializable {}
