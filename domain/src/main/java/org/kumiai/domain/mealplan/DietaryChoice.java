package org.kumiai.domain.mealplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The target profile a member picked for their cafeteria days (else the co-op's default). */
@Entity
@Table(name = "member_dietary_profile")
public class DietaryChoice {

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DietaryProfile profile;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  protected DietaryChoice() {}

  public DietaryChoice(long memberId, DietaryProfile profile, Instant chosenAt) {
    this.memberId = memberId;
    choose(profile, chosenAt);
  }

  public void choose(DietaryProfile profile, Instant at) {
    this.profile = profile;
    this.chosenAt = at;
  }

  public long memberId() {
    return memberId;
  }

  public DietaryProfile profile() {
    return profile;
  }
}
