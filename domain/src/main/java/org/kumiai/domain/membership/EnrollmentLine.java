package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import org.kumiai.domain.shared.Yen;

/** One item of an application, with the name and price as they were when it was made. */
@Embeddable
public class EnrollmentLine {

  @Column(name = "product_code", nullable = false, length = 16)
  private String productCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private ProductKind kind;

  @Column(name = "name_ja", nullable = false, length = 100)
  private String nameJa;

  @Column(name = "name_en", length = 100)
  private String nameEn;

  @Column(name = "term", length = 40)
  private String term;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false)
  private long unitPrice;

  @Column(name = "amount", nullable = false)
  private long amount;

  @Column(name = "coverage_months")
  private Integer coverageMonths;

  protected EnrollmentLine() {}

  EnrollmentLine(Product product, int quantity, Yen amount) {
    this.productCode = product.code();
    this.kind = product.kind();
    this.nameJa = product.name().ja();
    this.nameEn = product.name().en();
    this.term = product.term();
    this.quantity = quantity;
    this.unitPrice = product.unitPrice().value();
    this.amount = amount.value();
    this.coverageMonths = product.coverageMonths();
  }

  public String productCode() {
    return productCode;
  }

  public ProductKind kind() {
    return kind;
  }

  public String nameJa() {
    return nameJa;
  }

  public String nameEn() {
    return nameEn;
  }

  public String term() {
    return term;
  }

  public int quantity() {
    return quantity;
  }

  public Yen unitPrice() {
    return Yen.of(unitPrice);
  }

  public Yen amount() {
    return Yen.of(amount);
  }

  /** The period an insurance or support item covers, from the day it was paid; else empty. */
  public Optional<LocalDate[]> coverage(LocalDate paidOn) {
    if (coverageMonths == null) {
      return Optional.empty();
    }
    return Optional.of(new LocalDate[] {paidOn, paidOn.plusMonths(coverageMonths).minusDays(1)});
  }
}
