package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One change to a member's record — who, when, which field, from what to what, and why — kept for
 * the member's history; never updated or deleted.
 */
@Entity
@Table(name = "member_change")
public class MemberChange {

  private static final int MAX_VALUE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_change_seq")
  @SequenceGenerator(
      name = "member_change_seq",
      sequenceName = "member_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "actor", nullable = false, length = 254)
  private String actor;

  @Column(name = "field", nullable = false, length = 32)
  private String field;

  @Column(name = "old_value", length = MAX_VALUE)
  private String oldValue;

  @Column(name = "new_value", length = MAX_VALUE)
  private String newValue;

  @Column(name = "reason", length = 500)
  private String reason;

  protected MemberChange() {}

  public MemberChange(
      long memberId,
      Instant changedAt,
      String actor,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    this.memberId = memberId;
    this.changedAt = changedAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.field = Objects.requireNonNull(field, "field");
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
  }

  public long memberId() {
    return memberId;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String actor() {
    return actor;
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String reason() {
    return reason;
  }
}
