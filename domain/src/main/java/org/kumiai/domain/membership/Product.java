package org.kumiai.domain.membership;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.shared.Yen;

/**
 * Something a co-op offers at enrollment: share units, an insurance product, 学生生活110番, the first
 * e-money deposit. Prices are the co-op's own; an enrollment copies name and price, so a later
 * price change never rewrites what was bought.
 */
@Entity
@Table(name = "product")
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
  @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "coop_id")
  private Coop coop;

  @Column(name = "code", nullable = false, length = 16)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private ProductKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  @Column(name = "term", length = 40)
  private String term;

  /** The price of one unit; for a deposit, the smallest amount. */
  @Column(name = "unit_price", nullable = false)
  private long unitPrice;

  @Column(name = "min_units", nullable = false)
  private int minUnits;

  @Column(name = "max_units", nullable = false)
  private int maxUnits;

  @Column(name = "required", nullable = false)
  private boolean required;

  /** How long an insurance or support product covers the member from payment; else null. */
  @Column(name = "coverage_months")
  private Integer coverageMonths;

  protected Product() {}

  public Product(
      Coop coop,
      String code,
      ProductKind kind,
      LocalizedText name,
      String term,
      Yen unitPrice,
      int minUnits,
      int maxUnits,
      boolean required,
      Integer coverageMonths) {
    this.coop = Objects.requireNonNull(coop, "coop");
    this.code = Objects.requireNonNull(code, "code");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.term = term;
    this.unitPrice = unitPrice.value();
    if (minUnits < 0 || maxUnits < minUnits || maxUnits == 0) {
      throw new IllegalArgumentException("units " + minUnits + ".." + maxUnits);
    }
    this.minUnits = minUnits;
    this.maxUnits = maxUnits;
    this.required = required;
    this.coverageMonths = coverageMonths;
  }

  public Long id() {
    return id;
  }

  public Coop coop() {
    return coop;
  }

  public String code() {
    return code;
  }

  public ProductKind kind() {
    return kind;
  }

  public LocalizedText name() {
    return name;
  }

  public String term() {
    return term;
  }

  public Yen unitPrice() {
    return Yen.of(unitPrice);
  }

  public int minUnits() {
    return minUnits;
  }

  public int maxUnits() {
    return maxUnits;
  }

  /** Shares are required for membership; the rest is the applicant's choice. */
  public boolean required() {
    return required;
  }

  public Integer coverageMonths() {
    return coverageMonths;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Product other && code.equals(other.code) && coop.equals(other.coop);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }
}
