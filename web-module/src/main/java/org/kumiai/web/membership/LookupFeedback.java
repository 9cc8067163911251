package org.kumiai.web.membership;

import java.util.Optional;
import org.kumiai.service.membership.MemberLookup;
import org.kumiai.service.membership.MemberTarget;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;

/**
 * What a page says about a lookup by number and date of birth: wait, or the one generic "not found"
 * for an unknown number and a wrong date alike; the membership when found.
 */
final class LookupFeedback {

  private LookupFeedback() {}

  static Optional<MemberTarget> shown(MemberLookup lookup, DisplayFormat format) {
    if (lookup.retryAt().isPresent()) {
      Feedback.error(null, "signin.limited", format.dateTime(lookup.retryAt().get()));
    } else if (lookup.target().isEmpty()) {
      Feedback.error(null, "emailchange.notFound");
    }
    return lookup.target();
  }
}
