package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Where a member belongs at the university: kind, faculty or department, student number. */
@Embeddable
public class Affiliation {

  @Enumerated(EnumType.STRING)
  @Column(name = "affiliation", nullable = false, length = 16)
  private AffiliationKind kind;

  @Column(name = "department", length = 100)
  private String department;

  @Column(name = "student_number", length = 20)
  private String studentNumber;

  @Column(name = "entry_year")
  private Integer entryYear;

  protected Affiliation() {}

  public Affiliation(
      AffiliationKind kind, String department, String studentNumber, Integer entryYear) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.department = department;
    this.studentNumber = studentNumber;
    this.entryYear = entryYear;
  }

  public AffiliationKind kind() {
    return kind;
  }

  public String department() {
    return department;
  }

  public String studentNumber() {
    return studentNumber;
  }

  public Integer entryYear() {
    return entryYear;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Affiliation other
        && kind == other.kind
        && Objects.equals(department, other.department)
        && Objects.equals(studentNumber, other.studentNumber)
        && Objects.equals(entryYear, other.entryYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, department, studentNumber, entryYear);
  }
}
