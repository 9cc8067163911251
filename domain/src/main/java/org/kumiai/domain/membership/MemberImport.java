package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.kumiai.domain.coop.Coop;

/**
 * A members file committed by staff: which file (by its SHA-256), how many rows became members and
 * how many were members already. Only an import that added someone is recorded.
 */
@Entity
@Table(name = "member_import")
public class MemberImport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_import_seq")
  @SequenceGenerator(
      name = "member_import_seq",
      sequenceName = "member_import_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "coop_id")
  private Coop coop;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(nullable = false, length = 16)
  private String charset;

  @Column(name = "rows_added", nullable = false)
  private int rowsAdded;

  @Column(name = "rows_present", nullable = false)
  private int rowsPresent;

  @Column(name = "imported_by", nullable = false, length = 254)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected MemberImport() {}

  public MemberImport(
      Coop coop,
      String sha256,
      String fileName,
      String charset,
      int rowsAdded,
      int rowsPresent,
      String importedBy,
      Instant importedAt) {
    this.coop = Objects.requireNonNull(coop, "coop");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    String name = fileName == null || fileName.isBlank() ? "members.csv" : fileName.strip();
    this.fileName = name.length() > 255 ? name.substring(0, 255) : name;
    this.charset = charset;
    this.rowsAdded = rowsAdded;
    this.rowsPresent = rowsPresent;
    this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
    this.importedAt = importedAt.truncatedTo(ChronoUnit.MICROS);
  }

  public String fileName() {
    return fileName;
  }

  public int rowsAdded() {
    return rowsAdded;
  }

  public String importedBy() {
    return importedBy;
  }

  public Instant importedAt() {
    return importedAt;
  }
}
