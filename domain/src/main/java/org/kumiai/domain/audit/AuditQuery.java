package org.kumiai.domain.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.kumiai.domain.shared.CoopTime;

/**
 * A search of the audit trail; every part is optional. Dates are days in Japan, both included,
 * because that is how staff ask ("what happened on the 3rd?") whatever the server's zone.
 *
 * @param who the start of an actor's or subject's address, in any case
 * @param action one action only
 * @param from first day
 * @param to last day
 * @param ip an IP address, exactly
 */
public record AuditQuery(String who, AuditAction action, LocalDate from, LocalDate to, String ip) {

  public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);

  /** The days a search can name; a date typed beyond them (+999999999-12-31) means as far. */
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  public AuditQuery {
    who = blankToNull(who);
    ip = blankToNull(ip);
    from = within(from);
    to = within(to);
    if (from != null && to != null && to.isBefore(from)) {
      LocalDate swap = from;
      from = to;
      to = swap;
    }
  }

  /** The lower-case prefix actors and subjects are matched against. */
  public Optional<String> whoPrefix() {
    return Optional.ofNullable(who).map(w -> w.toLowerCase(Locale.ROOT));
  }

  /** The first instant of the first day in Japan. */
  public Optional<Instant> fromInstant() {
    return Optional.ofNullable(from).map(d -> d.atStartOfDay(CoopTime.ZONE).toInstant());
  }

  /** The first instant after the last day in Japan (exclusive). */
  public Optional<Instant> untilInstant() {
    return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(CoopTime.ZONE).toInstant());
  }

  private static LocalDate within(LocalDate day) {
    if (day == null) {
      return null;
    }
    return day.isBefore(FIRST) ? FIRST : day.isAfter(LAST) ? LAST : day;
  }

  /** Control characters dropped: no address holds one, and PostgreSQL refuses a NUL outright. */
  private static String blankToNull(String text) {
    String plain = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
    return plain.isEmpty() ? null : plain;
  }
}
