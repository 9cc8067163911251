package org.kumiai.domain.coop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.kumiai.domain.shared.LocalizedText;

/** The federation (大学生協事業連合) that hosts Kumiai for its member co-ops. */
@Entity
@Table(name = "federation")
public class Federation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coop_seq")
  @SequenceGenerator(name = "coop_seq", sequenceName = "coop_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  protected Federation() {}

  public Federation(String code, LocalizedText name) {
    this.code = CoopCodes.require(code);
    this.name = Objects.requireNonNull(name, "name");
  }

  public String code() {
    return code;
  }

  public LocalizedText name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Federation other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
