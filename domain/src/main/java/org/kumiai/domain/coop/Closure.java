package org.kumiai.domain.coop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.Objects;
import org.kumiai.domain.shared.LocalizedText;

/** A special closure over whole days, both ends included (e.g. the New Year holidays). */
@Embeddable
public class Closure {

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ja", column = @Column(name = "reason_ja", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "reason_en"))
  })
  private LocalizedText reason;

  protected Closure() {}

  public Closure(LocalDate firstDay, LocalDate lastDay, LocalizedText reason) {
    this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
    this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
    this.reason = Objects.requireNonNull(reason, "reason");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("A closure cannot end before it starts");
    }
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }

  public boolean endsBefore(LocalDate date) {
    return lastDay.isBefore(date);
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public LocalizedText reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Closure other
        && firstDay.equals(other.firstDay)
        && lastDay.equals(other.lastDay)
        && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstDay, lastDay, reason);
  }
}
