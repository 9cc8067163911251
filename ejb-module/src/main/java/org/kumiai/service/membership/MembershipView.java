package org.kumiai.service.membership;

import java.io.Serializable;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.LocalizedText;

/** One of the signed-in person's memberships, for the list and the header's co-op selector. */
public record MembershipView(
    long memberId, String coopCode, LocalizedText coopName, String number, MemberStatus status)
    implements Serializable {}
